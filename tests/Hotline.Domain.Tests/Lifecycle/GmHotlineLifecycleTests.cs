using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// gm-hotline (seed 000 篇3): the building head assigns a department head (R-DS-7), daily follow-up, the department head's 24 h
/// revisit, the building head's second revisit and summary, the hotline's closing revisit, the 7-day report.
/// </summary>
public sealed class GmHotlineLifecycleTests
{
    private static readonly DateTimeOffset Opened = Local("2026-11-18 10:00");

    private static Scenario Acknowledged()
    {
        var s = new Scenario("gm-hotline", Opened).Open("service-quality");
        s.AdvanceTo(Local("2026-11-18 10:30")).Do(at => new Acknowledge(at, TestOrg.Actor("building-head"), "今日上门"));
        s.AdvanceTo(Local("2026-11-18 10:40")).Do(at => new AssignDepartment(at, TestOrg.Actor("building-head"), Department("cleaning"), "调整保洁班次"));
        return s;
    }

    private static CaseTeam Department(string unit) =>
        Hotline.Domain.Staff.TeamResolver.ForUnit(Hotline.Domain.Profiles.ProfileCatalog.BuiltIn["gm-hotline"], unit, TestOrg.Directory);

    [Fact]
    [Trait("Rule", "R-FU-4")]
    [Trait("Rule", "R-RV-1")]
    [Trait("Rule", "R-RV-2")]
    [Trait("Rule", "R-RV-4")]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-DS-7")]
    public void Complaint_FollowedDailyAndRevisitedWithin24h_ClosesAfterClosingRevisit()
    {
        var s = Acknowledged();
        Assert.Equal(TestOrg.Id("building-head"), s.State.BuildingHead);
        Assert.Single(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.TaskAssigned);
        Assert.Contains(s.Ledger, e => e.Rule == "R-DS-7" && e.Text.Contains("调整保洁班次", StringComparison.Ordinal));
        s.AdvanceTo(Local("2026-11-18 17:59"));
        Assert.DoesNotContain(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.DailyFollowUp);
        s.AdvanceTo(Local("2026-11-18 18:00"));
        Assert.Single(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.DailyFollowUp);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-4" && e.AtUtc == Local("2026-11-18 18:00"));

        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new RevisitResult(at, TestOrg.Actor("cleaning-head"), RevisitStage.Stage, SatisfactionRating.FairlySatisfied, "已上门，方案已定", null));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Revisit && e.Rule == "R-RV-1");
        s.AdvanceTo(Local("2026-11-19 15:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Stage, SatisfactionRating.FairlySatisfied, "在处理", null));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Revisit && e.Rule == "R-RV-2");

        s.AdvanceTo(Local("2026-11-19 18:00"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.StageRevisitDue);
        Assert.Equal(2, s.NoticesTo("cleaning-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));

        s.AdvanceTo(Local("2026-11-20 11:00")).Do(at => new Complete(at, TestOrg.Actor("cleaning-head"), EvidenceKind.Document, "整改记录", "保洁班次已调整"));
        Assert.Single(s.NoticesTo("building-head"), n => n.Kind == NoticeKind.SecondRevisitDue);

        // The hotline revisits only a file the building reported finished and satisfied: first the building head's second revisit.
        Assert.Equal("R-RV-1", s.Reject(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", null)).Rule);
        s.AdvanceTo(Local("2026-11-20 14:00")).Do(at => new RevisitResult(
            at, TestOrg.Actor("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, "业主认可", null, "保洁排班纳入周检"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-RV-1" && e.Text.Contains("总结：保洁排班纳入周检", StringComparison.Ordinal));
        s.AdvanceTo(Local("2026-11-20 16:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "ServiceAndComplaints"));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(4, s.State.Revisits.Length);
        Assert.All(s.State.Revisits, r => Assert.True(r.Comment is not null && r.ServiceArea is not null));
        Assert.Equal(2, s.NoticesTo("cleaning-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));
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
        Assert.Single(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.StageRevisitDue);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.StageRevisitDue && n.Subject == TestOrg.Id("cleaning-head"));
        var late = Assert.Single(s.Commands.OfType<HoldAccountable>());
        Assert.Equal((TestOrg.Id("cleaning-head"), AccountabilityKind.LateRevisit), (late.Person, late.Kind));
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
        s.AdvanceTo(Local("2026-11-20 11:00")).Do(at => new Complete(at, TestOrg.Actor("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));
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

    [Fact]
    [Trait("Rule", "R-DS-7")]
    public void BuildingHead_CannotHandleItHimself_NorAssignHimself()
    {
        var s = new Scenario("gm-hotline", Opened).Open("service-quality");
        var head = TestOrg.Actor("building-head");

        Assert.Equal("R-DS-7", s.Reject(at => new Complete(at, head, EvidenceKind.Document, "整改记录", "已处理")).Rule);
        Assert.Equal("R-DS-7", s.Reject(at => new AssignDepartment(at, head, Department("building"), "自己处理")).Rule);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new AssignDepartment(at, TestOrg.Actor("cleaning-head"), Department("cleaning"), "我来")).Rule);
        Assert.Null(s.State.BuildingHead);
    }

    [Fact]
    [Trait("Rule", "R-RV-1")]
    public void SecondRevisit_IsTheBuildingHeadsAndNeedsHisSummary()
    {
        var s = Acknowledged();
        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new Complete(at, TestOrg.Actor("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new RevisitResult(at, TestOrg.Actor("cleaning-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "总结")).Rule);
        Assert.Equal(Rejection.Invalid, s.Reject(at => new RevisitResult(at, TestOrg.Actor("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, " ")).Rule);

        // Still dissatisfied at the building head's revisit: the department works on it again, until the owner is satisfied.
        s.Do(at => new RevisitResult(at, TestOrg.Actor("building-head"), RevisitStage.Second, SatisfactionRating.Dissatisfied, "仍有异味", null, "加派人手"));
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Contains(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.Reopened);
    }

    [Fact]
    [Trait("Rule", "R-DS-4")]
    public void MajorComplaint_ReportedToTheGroupGmPersonally()
    {
        var s = new Scenario("gm-hotline", Opened).Open("management", Urgency.Major);
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.MajorReport);
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.MajorReport);
    }
}
