using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// property-hotline (seed 002): a 24-hour line (第2篇 二.2) that records the call, tells the owner the time limit (第2篇 四.1),
/// classifies and passes it to the department (第1篇 四.2), follows it up (四.3), tells the owner the result and records it (四.4).
/// </summary>
public sealed class PropertyHotlineLifecycleTests
{
    [Fact]
    [Trait("Rule", "R-IN-5")]
    [Trait("Rule", "R-FU-1")]
    [Trait("Rule", "R-FU-2")]
    [Trait("Rule", "R-FB-1")]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-PV-2")]
    public void Repair_ToldTheLimit_FollowedUp_ResultToOwner_RevisitedAndClosed()
    {
        var wednesday = Local("2026-11-18 10:00");
        var s = new Scenario("property-hotline", wednesday).Open("repair");
        var accepted = Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerAccepted);
        Assert.Equal(s.State.HandlingDueUtc, accepted.DueUtc);
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.TaskAssigned);

        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, TestOrg.Actor("engineering-head")));
        s.AdvanceTo(wednesday.AddHours(2));
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.FollowUp);
        s.AdvanceTo(Local("2026-11-18 17:00"));
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.EndOfDayReminder);

        s.AdvanceTo(Local("2026-11-18 16:30")).Do(at => new Complete(at, TestOrg.Actor("engineering-1"), EvidenceKind.ServiceSlip, "WX-2031", "更换角阀"));
        Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult && n.Text == "更换角阀");
        Assert.Equal(CaseStatus.Completed, s.State.Status);

        s.AdvanceTo(Local("2026-11-19 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", null));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-PV-3")]
    [Trait("Rule", "R-EM-1")]
    public void NightFire_On24HourLine_OpenedAtOnceAsEmergency()
    {
        var s = new Scenario("property-hotline", Local("2026-11-21 02:30")).Open("fire", reason: OpenReason.Emergency);

        Assert.Equal(Urgency.Emergency, s.State.Urgency);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);
        Assert.Equal(Local("2026-11-21 02:30"), s.State.ReceivedUtc);
    }
}
