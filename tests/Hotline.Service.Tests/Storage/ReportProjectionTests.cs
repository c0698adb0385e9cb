using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Service.Storage.Reports;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>The ledger digest a report projection keeps: what the builders read, merged commit by commit.</summary>
public sealed class ReportProjectionTests
{
    private static LedgerEntry Line(int sequence, LedgerKind kind, Accountable? accountable = null) =>
        new(sequence, Monday.AddMinutes(sequence), StaffId.Parse("agent1"), kind, $"第{sequence}行", null, accountable);

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void Digest_KeepsTheOpenedLine_EveryAccountabilityLine_AndTheLast()
    {
        var state = Intake(Id(1), Monday).State with { LedgerCount = 6 };
        var blame = new Accountable(StaffId.Parse("engineering-head"), AccountabilityKind.OverdueWithoutReason);
        LedgerEntry[] ledger =
        [
            Line(1, LedgerKind.Received), Line(2, LedgerKind.Opened), Line(3, LedgerKind.Dispatched),
            Line(4, LedgerKind.Escalated, blame), Line(5, LedgerKind.Progress), Line(6, LedgerKind.Progress),
        ];

        var whole = ReportProjection.Of(state, ledger);
        var stepwise = ReportProjection.After(ReportProjection.After(null, state with { LedgerCount = 3 }, ledger[..3]), state, ledger[3..]);

        Assert.Equal([2, 4, 6], whole.Lines.Select(e => e.Sequence));
        Assert.Equal(whole.Lines, stepwise!.Lines);
        Assert.Equal(6, stepwise.Covered);
        Assert.Equal(whole.Lines, ReportProjection.After(whole, state, ledger[3..])!.Lines); // the same commit again
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void After_LinesThatDoNotFollowOn_AsksForTheWholeLedger()
    {
        var state = Intake(Id(1), Monday).State with { LedgerCount = 6 };
        var first = ReportProjection.After(null, state with { LedgerCount = 2 }, [Line(1, LedgerKind.Received), Line(2, LedgerKind.Opened)]);

        // Lines 3 and 4 were committed but their projection write was lost: an accountability line may be among them.
        Assert.Null(ReportProjection.After(first, state, [Line(5, LedgerKind.Progress), Line(6, LedgerKind.Progress)]));
        Assert.Null(ReportProjection.After(first, state, []));
    }

    [Fact]
    public void Projection_LeavesOutTheFreeTextDetails()
    {
        var state = Intake(Id(1), Monday).State with { Details = "楼上漏水，天花板渗水严重。" };

        Assert.Null(ReportProjection.Of(state, []).State.Details);
    }
}
