using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>park-dispatch: the Monday review of last week's open cases and accountability for a late transfer.</summary>
public sealed class ParkReviewLifecycleTests
{
    [Fact]
    [Trait("Rule", "R-FU-3")]
    public void MondayReview_OpenCaseFromLastWeek_AssigneeUrgedEveryMonday()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 10:00")).Open("cleaning");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("cleaning-head")));

        s.AdvanceTo(Local("2026-11-23 08:59"));
        Assert.DoesNotContain(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.WeeklyReview);
        s.AdvanceTo(Local("2026-11-23 09:00"));
        Assert.Single(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.WeeklyReview);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-3" && e.AtUtc == Local("2026-11-23 09:00"));

        s.AdvanceTo(Local("2026-11-30 09:00"));
        Assert.Equal(2, s.NoticesTo("cleaning-head").Count(n => n.Kind == NoticeKind.WeeklyReview));
    }

    [Fact]
    [Trait("Rule", "R-FU-3")]
    public void MondayReview_CaseOpenedOnMonday_ReviewedTheFollowingMonday()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-23 08:00")).Open("greening");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("greening-head")));

        s.AdvanceTo(Local("2026-11-29 23:59"));
        Assert.DoesNotContain(s.NoticesTo("greening-head"), n => n.Kind == NoticeKind.WeeklyReview);
        s.AdvanceTo(Local("2026-11-30 09:00"));
        Assert.Single(s.NoticesTo("greening-head"), n => n.Kind == NoticeKind.WeeklyReview);
    }

    [Fact]
    [Trait("Rule", "R-FU-3")]
    public void MondayReview_UnresolvableCase_GoesToManagerToConfirmOrSetNewApproach()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 10:00")).Open("parking");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("security-head")));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new CannotResolve(at, TestOrg.Actor("security-head"), "车位产权纠纷，需开发商处理"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.UnresolvableReview);

        s.AdvanceTo(Local("2026-11-23 09:00"));
        Assert.Equal(2, s.NoticesTo("mgr").Count(n => n.Kind == NoticeKind.UnresolvableReview));
        Assert.DoesNotContain(s.NoticesTo("security-head"), n => n.Kind == NoticeKind.WeeklyReview);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-3" && e.AtUtc == Local("2026-11-23 09:00") && e.Kind == LedgerKind.FollowUp);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-IN-7")]
    [Trait("Rule", "R-DS-6")]
    public void WrongUnit_ForwardsAfter30Minutes_LateTransferRecordedAndNewUnitCannotPassItOn()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 10:00")).Open("cleaning");
        var team = TeamResolver.ForUnit(s.Profile, "security", TestOrg.Directory);

        s.AdvanceTo(Local("2026-11-18 10:40")).Do(at => new Reassign(at, TestOrg.Actor("cleaning-head"), team, "楼道堆放杂物属治安管理"));
        var late = Assert.Single(s.Commands.OfType<HoldAccountable>());
        Assert.Equal((TestOrg.Id("cleaning-head"), AccountabilityKind.LateTransfer), (late.Person, late.Kind));
        Assert.Contains(s.Ledger, e => e.Accountable == new Accountable(TestOrg.Id("cleaning-head"), AccountabilityKind.LateTransfer) && e.Text.EndsWith("（转交超时）", StringComparison.Ordinal));
        Assert.Single(s.NoticesTo("security-head"), n => n.Kind == NoticeKind.TaskAssigned);

        var back = TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory);
        Assert.Equal("R-DS-6", s.Reject(at => new Reassign(at, TestOrg.Actor("security-head"), back, "不归我们")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-IN-7")]
    public void WrongUnit_ForwardsWithin30Minutes_NoAccountability()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 10:00")).Open("cleaning");
        var team = TeamResolver.ForUnit(s.Profile, "security", TestOrg.Directory);
        s.AdvanceTo(Local("2026-11-18 10:25")).Do(at => new Reassign(at, TestOrg.Actor("cleaning-head"), team, "属治安管理"));
        Assert.Empty(s.Commands.OfType<HoldAccountable>());
    }
}
