using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Reports;

/// <summary>Reads the accountability records (R-RP-7) back from the ledger, where each one is kept as data on its line.</summary>
public static class AccountabilityLines
{
    /// <summary>The records on one case's ledger made within the window [from, to).</summary>
    public static IEnumerable<AccountabilityRecord> Read(CaseId caseId, IEnumerable<LedgerEntry> ledger, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger
            .Where(e => e.Accountable is not null && e.AtUtc >= fromUtc && e.AtUtc < toUtc)
            .Select(e => new AccountabilityRecord(e.Accountable!.Person.Value, e.Accountable.Kind, caseId.Value));
    }
}
