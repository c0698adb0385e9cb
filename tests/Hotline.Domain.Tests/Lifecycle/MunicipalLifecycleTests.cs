using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// municipal-12319 (seed 000 篇1–2) as the help-line works it: a consultation answered on the spot; a facility problem that
/// cannot be answered handed to the execution department; the citizen told the result; the case closed when finished and
/// revisited afterwards; a complaint about a linked unit that the centre checks and supervises.
/// </summary>
public sealed class MunicipalLifecycleTests
{
    private static readonly DateTimeOffset Monday = Local("2026-11-23 10:00");

    [Fact]
    [Trait("Rule", "R-IN-3")]
    public void Consultation_AnsweredOnTheSpot_IsACallRecordNotACase()
    {
        var s = new Scenario("municipal-12319", Monday);
        Assert.IsType<Decision.Accepted>(s.Intake("consultation", IntakeDecision.Answered, reason: null));

        Assert.Equal(CaseStatus.Answered, s.State.Status);
        Assert.True(s.State.IsTerminal);
        Assert.Contains(s.Ledger, e => e.Rule == "R-IN-3");
    }

    [Fact]
    [Trait("Rule", "R-IN-2")]
    [Trait("Rule", "R-FU-1")]
    [Trait("Rule", "R-FB-1")]
    [Trait("Rule", "R-RV-2")]
    [Trait("Rule", "R-PV-2")]
    public void FacilityProblem_HandedToExecution_CitizenToldResult_ClosedThenRevisited()
    {
        var s = new Scenario("municipal-12319", Monday).Open("facility", reason: OpenReason.QueryNeedsFollowUp);
        Assert.Single(s.NoticesTo("execution-head"), n => n.Kind == NoticeKind.TaskAssigned);
        Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerAccepted);

        s.Advance(TimeSpan.FromMinutes(20)).Do(at => new Acknowledge(at, TestOrg.Actor("execution-head")));
        s.AdvanceTo(Monday.AddHours(2));
        Assert.Single(s.NoticesTo("execution-head"), n => n.Kind == NoticeKind.FollowUp);

        s.AdvanceTo(Local("2026-11-24 15:00")).Do(at => new Complete(at, TestOrg.Actor("execution-head"), EvidenceKind.Document, "维修记录", "路灯已更换"));

        // 篇1 §三: the result goes back to the citizen; 篇2 §3: the case is closed and revisited afterwards.
        Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult && n.Text == "路灯已更换");
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(ClosureOutcome.Resolved, s.State.Closure!.Outcome);

        s.AdvanceTo(Local("2026-11-25 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "已亮", null));
        Assert.Contains(s.Ledger, e => e.Rule == "R-RV-2" && e.Text.StartsWith("结案后回访", StringComparison.Ordinal));
        Assert.Equal(CaseStatus.Closed, s.State.Status);

        // Revisited once: a second revisit of the same closure is refused.
        Assert.Equal("R-RV-2", s.Reject(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, null, null)).Rule);
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-RV-2")]
    public void RevisitAfterClosure_Dissatisfied_ManagerDecides_CaseStaysClosed()
    {
        var s = new Scenario("municipal-12319", Monday).Open("water", reason: OpenReason.OnSiteWork);
        s.Advance(TimeSpan.FromMinutes(20)).Do(at => new Acknowledge(at, TestOrg.Actor("water-head")));
        s.AdvanceTo(Local("2026-11-24 15:00")).Do(at => new Complete(at, TestOrg.Actor("water-head"), EvidenceKind.Document, "维修记录", "管道已修复"));

        s.AdvanceTo(Local("2026-11-25 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Dissatisfied, "水压仍低", null));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ClosedCaseDissatisfied);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new RevisitResult(at, TestOrg.Actor("water-1"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, null)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-DS-8")]
    [Trait("Rule", "R-RP-5")]
    public void LinkedUnitComplaint_SupervisedByTheCentre_CountedForThatUnit()
    {
        var s = new Scenario("municipal-12319", Monday);
        Assert.IsType<Decision.Accepted>(s.Intake("linked-unit", IntakeDecision.Open, reason: OpenReason.QueryNeedsFollowUp, linkedUnit: "公交公司"));
        Assert.Single(s.NoticesTo("supervision-head"), n => n.Kind == NoticeKind.TaskAssigned);

        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, TestOrg.Actor("supervision-head"), "约谈公交公司"));
        s.AdvanceTo(Local("2026-11-26 11:00")).Do(at => new Complete(at, TestOrg.Actor("supervision-head"), EvidenceKind.Document, "督办函", "司机已停岗培训"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);

        var stats = MonthlyStatistics.Build(s.Profile, 2026, 11, Local("2026-12-01 09:00"), [new ReportCase(s.State, [.. s.Ledger])]);
        var bus = stats.LinkedUnits!.ByLinkedUnit.Single(r => r.Key == "公交公司").Report;
        Assert.Equal((1, 1), (bus.Volume.Opened, bus.ClosureRate.Numerator));
    }

    [Fact]
    [Trait("Rule", "R-RV-6")]
    public void RevisitAfterClosure_CitizenNotReached_AttemptRecorded_StillOwedInTheFigures()
    {
        var s = new Scenario("municipal-12319", Monday).Open("water", reason: OpenReason.OnSiteWork);
        s.Advance(TimeSpan.FromMinutes(20)).Do(at => new Acknowledge(at, TestOrg.Actor("water-head")));
        s.AdvanceTo(Local("2026-11-24 15:00")).Do(at => new Complete(at, TestOrg.Actor("water-head"), EvidenceKind.Document, "维修记录", "管道已修复"));

        s.AdvanceTo(Local("2026-11-25 10:00")).Do(at => new RevisitNotReached(at, TestOrg.Agent, "无人接听"));

        Assert.Equal(1, s.State.RevisitAttemptsUnreached);
        Assert.Contains(s.Ledger, e => e.Rule == "R-RV-6" && e.Text.Contains("第1次", StringComparison.Ordinal));
        var facts = Hotline.Domain.Reports.CaseFactsMapper.From(s.State, [.. s.Ledger], s.Profile, null);
        Assert.True(facts.NeedsRevisit);
        Assert.Null(facts.RevisitedUtc);
    }
}
