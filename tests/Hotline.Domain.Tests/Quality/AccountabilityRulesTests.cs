using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Quality;

/// <summary>
/// R-RP-7, one test per kind of 003 §八: the system records what it sees, the quality office or a manager what it cannot;
/// the department head answers for overdue handling; amounts only from the profile's own schedule (heating).
/// </summary>
public sealed class AccountabilityRulesTests
{
    private static readonly Actor Qa = TestOrg.Actor("qa");

    private static List<HoldAccountable> Held(Scenario s, AccountabilityKind kind) =>
        [.. s.Commands.OfType<HoldAccountable>().Where(h => h.Kind == kind)];

    private static Scenario ClosedParkCase()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-17 10:00")).Open("security");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("security-head")));
        s.AdvanceTo(Local("2026-11-17 15:00")).Do(at => new Complete(at, TestOrg.Actor("security-head"), EvidenceKind.SupervisorNotice, null, "已加强巡逻"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        return s;
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void AttitudeComplaint_VerifiedByQualityOffice_RecordedAgainstThePersonWithHeatingFine()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("attitude");

        s.Advance(TimeSpan.FromHours(3)).Do(at => new RecordAccountability(at, Qa, TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "接待时推诿，经核实"));

        var held = Assert.Single(Held(s, AccountabilityKind.AttitudeComplaint));
        Assert.Equal(TestOrg.Id("station-1"), held.Person);
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-7" && e.By == Qa.Id && e.Accountable == new Accountable(TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint)
            && e.Text.Contains("（服务态度投诉，¥50）", StringComparison.Ordinal));
        Assert.Equal(new AccountabilityMark(TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, s.Now, "接待时推诿，经核实", Qa.Id), Assert.Single(s.State.Accountability));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void EscalatedToGovernmentOrMedia_RecordedByManagerAfterClosure_WithoutAmountWhereTheSeedSetsNone()
    {
        var s = ClosedParkCase();

        s.AdvanceTo(Local("2026-11-20 09:00")).Do(at => new RecordAccountability(at, TestOrg.Manager, TestOrg.Id("security-head"), AccountabilityKind.EscalatedToGovernmentOrMedia, "业主向市长热线投诉处理不彻底"));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Single(Held(s, AccountabilityKind.EscalatedToGovernmentOrMedia), h => h.Person == TestOrg.Id("security-head"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Accountability && e.Text.EndsWith("（引发越级投诉或媒体曝光）", StringComparison.Ordinal));
        Assert.DoesNotContain(s.Ledger, e => e.Text.Contains('¥', StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void RecordByHand_OnlyQualityOfficeOrManager_OnlyKindsTheSystemCannotSee()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("attitude");

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new RecordAccountability(at, TestOrg.Agent, TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "态度差")).Rule);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new RecordAccountability(at, TestOrg.Actor("station-head"), TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "态度差")).Rule);
        Assert.Equal("R-RP-7", s.Reject(at => new RecordAccountability(at, Qa, TestOrg.Id("station-1"), AccountabilityKind.LateRevisit, "回访晚了")).Rule);
        Assert.Equal(Rejection.Invalid, s.Reject(at => new RecordAccountability(at, Qa, TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "  ")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void OverdueWithoutReason_RecordedOnceAgainstTheDepartmentHead_NotTheWorker()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("service-fault");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("station-1")));

        s.AdvanceTo(Local("2026-11-17 11:59"));
        Assert.Empty(Held(s, AccountabilityKind.OverdueWithoutReason));
        s.AdvanceTo(Local("2026-11-17 12:00"));
        var held = Assert.Single(Held(s, AccountabilityKind.OverdueWithoutReason));
        Assert.Equal(TestOrg.Id("station-head"), held.Person); // 扣罚部门责任人工资 (003 §八 (二))
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-7" && e.Text.Contains("（无故超时，¥50–100）", StringComparison.Ordinal));

        // The daily re-checks remind and escalate; they are not new occurrences.
        s.AdvanceTo(Local("2026-11-23 18:00"));
        Assert.True(s.NoticesTo("station-1").Count(n => n.Kind == NoticeKind.Overdue) >= 3);
        Assert.Single(Held(s, AccountabilityKind.OverdueWithoutReason));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-FU-12")]
    public void OverdueWhileSuspendedWithApproval_HasAReason_NotRecorded()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("service-fault");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("station-1")));
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Suspend(at, TestOrg.Agent, "城管批复12号", "用户要求超出供热标准"));

        s.AdvanceTo(Local("2026-11-20 18:00"));

        Assert.Empty(Held(s, AccountabilityKind.OverdueWithoutReason));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-FU-11")]
    public void FailedToReport_NoFirstResponseIn24h_RecordedAgainstWhoeverHadIt()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("billing");

        s.AdvanceTo(Local("2026-11-18 10:00"));

        var held = Assert.Single(Held(s, AccountabilityKind.FailedToReport));
        Assert.Equal(s.State.Assignee, held.Person);
        Assert.Contains(s.Ledger, e => e.Text.Contains("（未按时反馈，¥30）", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-IN-7")]
    public void LateTransfer_ForwardedAfterTheLimit_RecordedAgainstTheDirectPersonWithRange()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("temperature");
        var billing = TeamResolver.ForUnit(s.Profile, "billing", TestOrg.Directory);

        s.AdvanceTo(Local("2026-11-17 10:45")).Do(at => new Reassign(at, TestOrg.Actor("station-head"), billing, "属收费问题"));

        Assert.Single(Held(s, AccountabilityKind.LateTransfer), h => h.Person == TestOrg.Id("station-head"));
        Assert.Contains(s.Ledger, e => e.Text.Contains("（转交超时，¥20–50）", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-RV-3")]
    public void LateRevisit_RecordedOnce_NotAgainAtEveryDailyRecheck()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 09:00")).Open("temperature");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, TestOrg.Actor("station-head")));
        s.AdvanceTo(Local("2026-11-17 15:00")).Do(at => new Complete(at, TestOrg.Actor("station-head"), EvidenceKind.Document, "测温单", "室温 19℃"));

        s.AdvanceTo(Local("2026-11-26 18:00"));

        Assert.True(s.NoticesTo("station-head").Count(n => n.Kind == NoticeKind.RevisitDue) >= 5);
        Assert.Single(Held(s, AccountabilityKind.LateRevisit));
        Assert.Single(s.Ledger, e => e.Accountable?.Kind == AccountabilityKind.LateRevisit);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void CallRecord_HasNothingToAccountFor()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00"));
        s.Intake("billing", IntakeDecision.Answered, reason: null);

        Assert.Equal(Rejection.Invalid, s.Reject(at => new RecordAccountability(at, Qa, TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "态度差")).Rule);
    }
}
