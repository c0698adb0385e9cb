using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>gm-hotline (seed 000 篇3): daily follow-up, the department head's 24 h revisit, the 7-day report.</summary>
public sealed class GmHotlineLifecycleTests
{
    private static readonly DateTimeOffset Opened = Local("2026-11-18 10:00");

    private static Scenario Acknowledged()
    {
        var s = new Scenario("gm-hotline", Opened).Open("service-quality");
        s.AdvanceTo(Local("2026-11-18 10:30")).Do(at => new Acknowledge(at, TestOrg.Actor("building-head"), "今日上门"));
        return s;
    }

    [Fact]
    [Trait("Rule", "R-FU-4")]
    [Trait("Rule", "R-RV-1")]
    [Trait("Rule", "R-RV-2")]
    [Trait("Rule", "R-RV-4")]
    [Trait("Rule", "R-PV-2")]
    public void Complaint_FollowedDailyAndRevisitedWithin24h_ClosesAfterClosingRevisit()
    {
        var s = Acknowledged();
        s.AdvanceTo(Local("2026-11-18 17:59"));
        Assert.DoesNotContain(s.NoticesTo("building-head"), n => n.Kind == NoticeKind.DailyFollowUp);
        s.AdvanceTo(Local("2026-11-18 18:00"));
        Assert.Single(s.NoticesTo("building-head"), n => n.Kind == NoticeKind.DailyFollowUp);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-4" && e.AtUtc == Local("2026-11-18 18:00"));

        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new RevisitResult(at, TestOrg.Actor("building-head"), RevisitStage.Stage, SatisfactionRating.FairlySatisfied, "已上门，方案已定", null));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Revisit && e.Rule == "R-RV-1");
        s.AdvanceTo(Local("2026-11-19 15:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Stage, SatisfactionRating.FairlySatisfied, "在处理", null));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Revisit && e.Rule == "R-RV-2");

        s.AdvanceTo(Local("2026-11-19 18:00"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.StageRevisitDue);
        Assert.Equal(2, s.NoticesTo("building-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));

        s.AdvanceTo(Local("2026-11-20 11:00")).Do(at => new Complete(at, TestOrg.Actor("building-head"), EvidenceKind.Document, "整改记录", "保洁班次已调整"));
        s.AdvanceTo(Local("2026-11-20 16:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "ServiceAndComplaints"));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(3, s.State.Revisits.Length);
        Assert.All(s.State.Revisits, r => Assert.True(r.Comment is not null && r.ServiceArea is not null));
        Assert.Equal(2, s.NoticesTo("building-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-FU-5")]
    [Trait("Rule", "R-RV-1")]
    [Trait("Rule", "R-RP-7")]
    public void DepartmentHeadMissesRevisitWithin24h_ManagerToldAndLateRevisitRecorded()
    {
        var s = Acknowledged();
        s.AdvanceTo(Local("2026-11-19 09:59"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.StageRevisitDue);

        s.AdvanceTo(Local("2026-11-19 10:00"));
        Assert.Single(s.NoticesTo("building-head"), n => n.Kind == NoticeKind.StageRevisitDue);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.StageRevisitDue && n.Subject == TestOrg.Id("building-head"));
        var late = Assert.Single(s.Commands.OfType<HoldAccountable>());
        Assert.Equal((TestOrg.Id("building-head"), AccountabilityKind.LateRevisit), (late.Person, late.Kind));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-5");
    }

    [Fact]
    [Trait("Rule", "R-FU-6")]
    public void NotResolvedInSevenDays_WrittenReportToGroupHeadAndQualityOfficeOnce()
    {
        var s = Acknowledged();
        s.AdvanceTo(Opened.AddDays(7).AddMinutes(-1));
        Assert.Empty(s.NoticesTo("qa"));

        s.AdvanceTo(Opened.AddDays(7));
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.SevenDayEscalation);
        Assert.Single(s.NoticesTo("qa"), n => n.Kind == NoticeKind.SevenDayEscalation);
        Assert.True(s.State.SevenDayReported);

        s.AdvanceTo(Opened.AddDays(30));
        Assert.Single(s.NoticesTo("qa"), n => n.Kind == NoticeKind.SevenDayEscalation);
    }

    [Fact]
    [Trait("Rule", "R-FU-6")]
    public void ResolvedWithinSevenDays_NoReport()
    {
        var s = Acknowledged();
        s.AdvanceTo(Local("2026-11-20 11:00")).Do(at => new Complete(at, TestOrg.Actor("building-head"), EvidenceKind.Document, "整改记录", "已整改"));
        s.AdvanceTo(Opened.AddDays(8));
        Assert.Empty(s.NoticesTo("qa"));
    }

    [Fact]
    [Trait("Rule", "R-IN-4")]
    public void FirstTimeRequest_RedirectedToBuilding_NotOpened()
    {
        var s = new Scenario("gm-hotline", Opened);
        Assert.IsType<Decision.Accepted>(s.Intake("service-quality", IntakeDecision.Open, handledBefore: false));
        Assert.Equal(CaseStatus.Redirected, s.State.Status);
        Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerRedirected);
        Assert.Null(s.State.NextWakeUtc);
    }
}
