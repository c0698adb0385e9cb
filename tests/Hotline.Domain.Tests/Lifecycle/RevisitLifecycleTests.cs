using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>property-hotline (seed 002): a dissatisfied revisit reopens the case until it is solved.</summary>
public sealed class RevisitLifecycleTests
{
    private static Actor Head => TestOrg.Actor("customer-service-head");

    [Fact]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-RV-4")]
    [Trait("Rule", "R-PV-2")]
    public void DissatisfiedRevisit_ReopensCase_LaterSatisfiedRevisitCloses()
    {
        var s = new Scenario("property-hotline", Local("2026-11-17 09:00")).Open("complaint", reason: OpenReason.QueryNeedsFollowUp);
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Head));
        s.AdvanceTo(Local("2026-11-17 16:00")).Do(at => new Complete(at, Head, EvidenceKind.SupervisorNotice, null, "已约谈保安"));

        s.AdvanceTo(Local("2026-11-18 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Dissatisfied, "态度依旧", "StaffAttitude"));
        LedgerAssert.SignedLine(s, "agent1", LedgerKind.Revisit);
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Equal(1, s.State.Reopened);
        Assert.Null(s.State.Completion);
        Assert.Single(s.NoticesTo("customer-service-head"), n => n.Kind == NoticeKind.Reopened);
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc > s.Now);
        Assert.Equal("R-CL-6", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);

        s.AdvanceTo(Local("2026-11-19 11:00")).Do(at => new Complete(at, Head, EvidenceKind.SupervisorNotice, null, "调换岗位并当面致歉"));
        s.AdvanceTo(Local("2026-11-19 15:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "StaffAttitude"));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal("调换岗位并当面致歉", s.State.Closure!.FinalResult);
        // Both closing revisits stay on the record with rating, comment and area: the revisit table counts them all.
        Assert.Equal(
            [(SatisfactionRating.Dissatisfied, "态度依旧", "StaffAttitude"), (SatisfactionRating.Satisfied, "满意", "StaffAttitude")],
            s.State.Revisits.Select(r => (r.Rating, r.Comment, r.ServiceArea)));
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-RV-4")]
    public void Revisit_UnknownServiceArea_Rejected()
    {
        var s = new Scenario("property-hotline", Local("2026-11-17 09:00")).Open("complaint");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Head));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new Complete(at, Head, EvidenceKind.SupervisorNotice, null, "已处理"));
        Assert.Equal(Rejection.Invalid, s.Reject(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, null, "Weather")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RV-3")]
    public void ClosingRevisitBeforeCompletion_Rejected()
    {
        var s = new Scenario("property-hotline", Local("2026-11-17 09:00")).Open("complaint");
        Assert.Equal("R-RV-3", s.Reject(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, null, null)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FU-11")]
    [Trait("Rule", "R-RP-7")]
    public void Municipal_NoFirstResponseIn24h_ManagerToldAndAssigneeAccountable()
    {
        var s = new Scenario("municipal-12319", Local("2026-11-17 10:00")).Open("facility");
        s.AdvanceTo(Local("2026-11-18 09:59"));
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.FirstResponseOverdue);

        s.AdvanceTo(Local("2026-11-18 10:00"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.FirstResponseOverdue && n.Subject == TestOrg.Id("execution-1"));
        Assert.Contains(s.Commands.OfType<HoldAccountable>(), h => h.Person == TestOrg.Id("execution-1") && h.Kind == Hotline.Domain.Kpi.AccountabilityKind.FailedToReport);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-11" && e.AtUtc == Local("2026-11-18 10:00"));
    }

    [Fact]
    [Trait("Rule", "R-FU-11")]
    public void Municipal_ProgressNoteWithin24h_CountsAsFirstResponse()
    {
        var s = new Scenario("municipal-12319", Local("2026-11-17 10:00")).Open("facility");
        s.AdvanceTo(Local("2026-11-18 09:00")).Do(at => new ProgressNote(at, TestOrg.Actor("execution-1"), "已联系业主，明日到场"));
        s.AdvanceTo(Local("2026-11-19 10:00"));

        Assert.Equal(Local("2026-11-18 09:00"), s.State.FirstResponseUtc);
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.FirstResponseOverdue);
    }

    [Fact]
    [Trait("Rule", "R-IN-3")]
    public void Municipal_ConsultationAnsweredOnSpot_CallRecordNotOpened()
    {
        var s = new Scenario("municipal-12319", Local("2026-11-17 10:00"));
        Assert.IsType<Decision.Accepted>(s.Intake("consultation", IntakeDecision.Answered));
        Assert.Equal(CaseStatus.Answered, s.State.Status);
        Assert.True(s.Logged("R-IN-3"));
        Assert.Null(s.State.NextWakeUtc);
    }
}
