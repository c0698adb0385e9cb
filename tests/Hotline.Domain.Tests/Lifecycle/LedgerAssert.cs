using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// Checks that a case's ledger can stand in for the paper forms (R-PV-2): numbered without gaps, in time
/// order, every line carrying its time and the rule that caused it, staff actions signed by their author.
/// </summary>
internal static class LedgerAssert
{
    // A progress note and an on-time arrival are facts reported by staff, not steps a rule demands.
    private static readonly LedgerKind[] Unruled = [LedgerKind.Progress, LedgerKind.Arrived];

    public static void ReproducesPaperForms(Scenario s)
    {
        var entries = s.Ledger.ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Sequence));
        Assert.Equal(s.State.LedgerCount, entries[^1].Sequence);
        Assert.All(entries.Zip(entries.Skip(1)), pair => Assert.True(pair.First.AtUtc <= pair.Second.AtUtc, $"#{pair.Second.Sequence} is earlier than #{pair.First.Sequence}"));
        Assert.All(entries.Where(e => !Unruled.Contains(e.Kind)), e => Assert.False(string.IsNullOrEmpty(e.Rule), $"#{e.Sequence} {e.Kind} has no rule"));
        Assert.All(entries.Where(e => e.Kind is LedgerKind.Acknowledged or LedgerKind.Completed or LedgerKind.Revisit or LedgerKind.Approved or LedgerKind.Closed),
            e => Assert.NotNull(e.By));
    }

    /// <summary>The staff action just applied left a line at its own time, signed by its author, naming a rule.</summary>
    public static void SignedLine(Scenario s, string staffId, LedgerKind kind)
    {
        var accepted = Assert.IsType<Decision.Accepted>(s.Last);
        var lines = accepted.Commands.OfType<AppendLedger>().Select(a => a.Entry).ToList();
        Assert.Contains(lines, e => e.Kind == kind && e.By?.Value == staffId && e.AtUtc == s.Now && !string.IsNullOrEmpty(e.Rule));
    }
}
