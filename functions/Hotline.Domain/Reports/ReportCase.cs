using Hotline.Domain.Cases;

namespace Hotline.Domain.Reports;

/// <summary>
/// One case as the report builders read it: its snapshot and, where the report needs them, its ledger lines.
/// A null ledger means "not loaded": builders fall back to what the snapshot holds.
/// </summary>
public sealed record ReportCase(CaseState State, IReadOnlyList<LedgerEntry>? Ledger = null);
