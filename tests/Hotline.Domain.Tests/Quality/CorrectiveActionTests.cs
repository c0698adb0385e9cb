using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Quality;

/// <summary>
/// R-RP-10 (001 篇1 §2): a complaint caused by unqualified work or service quality is reported to the company with the
/// 《纠正与预防措施》 report, filed with the quality department by the office head.
/// </summary>
public sealed class CorrectiveActionTests
{
    private static Scenario ClosedPark(string category, string unit)
    {
        var s = new Scenario("park-dispatch", Local("2026-11-17 10:00")).Open(category);
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor($"{unit}-head")));
        s.AdvanceTo(Local("2026-11-17 15:00")).Do(at => new Complete(at, TestOrg.Actor($"{unit}-head"), EvidenceKind.SupervisorNotice, null, "已向业主致歉并整改"));
        Assert.Equal(CaseStatus.Closed, s.State.Status); // park closes on completion (R-RV-3)
        return s;
    }

    [Fact]
    [Trait("Rule", "R-RP-10")]
    public void ServiceQualityComplaint_AtClosure_OfficeHeadAskedForTheReport_ThenFilesIt()
    {
        var s = ClosedPark("service", "customer-service");

        Assert.Equal(Local("2026-11-17 15:00"), s.State.CorrectiveAction?.OwedSinceUtc);
        Assert.False(s.State.CorrectiveAction!.Filed);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.CorrectiveActionDue);
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-10" && e.Text.Contains("纠正与预防措施", StringComparison.Ordinal));

        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new FileCorrectiveAction(at, TestOrg.Manager, "CAPA-2026-07", "客服接待用语培训，每周抽查录音"));

        var filed = s.State.CorrectiveAction!;
        Assert.Equal(("CAPA-2026-07", TestOrg.Id("mgr"), Local("2026-11-19 09:00")), (filed.Reference, filed.FiledBy, filed.FiledUtc));
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-10" && e.By == TestOrg.Id("mgr") && e.Text.Contains("CAPA-2026-07 已上报质量管理部备案", StringComparison.Ordinal));
        Assert.Equal("R-RP-10", s.Reject(at => new FileCorrectiveAction(at, TestOrg.Manager, "CAPA-2026-08", "再报")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RP-10")]
    [Trait("Rule", "R-RP-7")]
    public void OtherComplaint_NothingOwed_UntilAnAttitudeComplaintIsVerified()
    {
        var s = ClosedPark("security", "security");
        Assert.Null(s.State.CorrectiveAction);
        Assert.False(s.Logged("R-RP-10"));

        s.Do(at => new RecordAccountability(at, TestOrg.Actor("qa"), TestOrg.Id("security-1"), AccountabilityKind.AttitudeComplaint, "巡逻时与业主争吵，经核实"));

        // Closed already: owed and on the month's quality records, but nothing runs for a closed case to text the manager.
        Assert.Equal("经核实的服务态度投诉", s.State.CorrectiveAction?.Cause);
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-10");
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.CorrectiveActionDue);

        var open = new Scenario("park-dispatch", Local("2026-11-17 10:00")).Open("security");
        open.Advance(TimeSpan.FromHours(1)).Do(at => new RecordAccountability(at, TestOrg.Manager, TestOrg.Id("security-1"), AccountabilityKind.AttitudeComplaint, "经核实"));
        Assert.Single(open.NoticesTo("mgr"), n => n.Kind == NoticeKind.CorrectiveActionDue);
    }

    [Fact]
    [Trait("Rule", "R-RP-10")]
    public void OfficeHead_MayFileOnHisOwnFinding_OthersMayNot()
    {
        var s = ClosedPark("cleaning", "cleaning");

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new FileCorrectiveAction(at, TestOrg.Agent, "CAPA-1", "清洁标准重新培训")).Rule);
        s.Do(at => new FileCorrectiveAction(at, TestOrg.Manager, "CAPA-1", "清洁标准重新培训"));

        Assert.True(s.State.CorrectiveAction!.Filed);
    }

    [Fact]
    [Trait("Rule", "R-RP-10")]
    public void ProfileWithoutTheProcedure_RejectsTheReport()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("attitude");

        Assert.Equal("R-RP-10", s.Reject(at => new FileCorrectiveAction(at, TestOrg.Manager, "CAPA-1", "培训")).Rule);
        s.Do(at => new RecordAccountability(at, TestOrg.Actor("qa"), TestOrg.Id("station-1"), AccountabilityKind.AttitudeComplaint, "经核实"));
        Assert.Null(s.State.CorrectiveAction);
    }
}
