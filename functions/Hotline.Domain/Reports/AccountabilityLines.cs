using System.Text.RegularExpressions;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Reports;

/// <summary>
/// Reads the accountability records (R-RP-7) back from the ledger. The case machine writes each one as
/// <c>问责记录 {staff}：{reason}（{kind}，{penalty}）</c>; the ledger is the durable record, the command is not.
/// </summary>
public static partial class AccountabilityLines
{
    /// <summary>The records on one case's ledger made within the window [from, to).</summary>
    public static IEnumerable<AccountabilityRecord> Read(CaseId caseId, IEnumerable<LedgerEntry> ledger, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        foreach (var entry in ledger.Where(e => e.Kind == LedgerKind.Accountability && e.AtUtc >= fromUtc && e.AtUtc < toUtc))
        {
            if (TryParse(entry, caseId, out var record))
            {
                yield return record;
            }
        }
    }

    public static bool TryParse(LedgerEntry entry, CaseId caseId, out AccountabilityRecord record)
    {
        ArgumentNullException.ThrowIfNull(entry);
        record = null!;
        var match = Line().Match(entry.Text);
        if (entry.Kind != LedgerKind.Accountability || !match.Success
            || !Enum.TryParse<AccountabilityKind>(match.Groups["kind"].Value, ignoreCase: false, out var kind)
            || !Enum.IsDefined(kind))
        {
            return false;
        }

        record = new AccountabilityRecord(match.Groups["staff"].Value, kind, caseId.Value);
        return true;
    }

    [GeneratedRegex(@"^问责记录 (?<staff>[A-Za-z0-9._-]+)：.*（(?<kind>[A-Za-z]+)，[^（）]*）$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
