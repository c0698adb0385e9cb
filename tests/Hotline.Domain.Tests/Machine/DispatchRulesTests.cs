using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>调度: who is told first, who else, what waits for the manager (R-DS-1…R-DS-4, R-DS-7).</summary>
public class DispatchRulesTests
{
    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Dispatch_UnitHeadToldWithTheLimit_AndItIsRecorded()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");

        var task = Assert.Single(s.NoticesTo("engineering-head"));
        Assert.Equal(NoticeKind.TaskAssigned, task.Kind);
        Assert.Equal(s.State.HandlingDue(), task.DueUtc);
        Assert.Empty(s.NoticesTo("engineering-1"));
        Assert.Equal(TestOrg.Id("engineering-head"), s.State.Assignee);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Notified && e.Rule == "R-DS-1");
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Dispatched);
    }

    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("park-dispatch", "repair", "engineering", 15)]
    [InlineData("property-hotline", "security", "security", 15)]
    [InlineData("heating-supervision", "temperature", "station", 30)]
    [InlineData("municipal-12319", "facility", "execution", 30)]
    public void SupervisorSilent_ImplementerContactedDirectly(string profile, string category, string unit, int minutes)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category).Advance(TimeSpan.FromMinutes(minutes - 1));
        Assert.Empty(s.NoticesTo($"{unit}-1"));

        s.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(s.NoticesTo($"{unit}-1"), n => n.Kind == NoticeKind.TaskAssigned);
        Assert.Equal(TestOrg.Id($"{unit}-1"), s.State.Assignee);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Escalated && e.Rule == "R-DS-1");
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void SupervisorsPhoneUnreachable_ImplementerCalledAtOnce_EveryLedgerLineItsOwnSequence()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");

        s.Do(at => new DeliveryFailed(at, TestOrg.Id("engineering-head"), "unreachable"));

        Assert.Equal(TestOrg.Id("engineering-1"), s.State.Assignee);
        Assert.Contains(s.NoticesTo("engineering-1"), n => n.Kind == NoticeKind.TaskAssigned);
        var sequences = s.Ledger.Select(e => e.Sequence).ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(sequences.Max(), s.State.LedgerCount);
    }

    [Theory]
    [Trait("Rule", "R-DS-1")]
    [Trait("Rule", "R-EM-3")]
    [InlineData(Urgency.Normal, "R-DS-1")]
    [InlineData(Urgency.Emergency, "R-EM-3")]
    public void ArrivedOnSite_TheTimelineLineNamesItsRule(Urgency urgency, string rule)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair", urgency);

        s.Do(at => new Arrived(at, TestOrg.Actor("engineering-head")));

        Assert.Equal(rule, Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Arrived).Rule);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void SupervisorAcknowledgesInTime_ImplementerIsNotCalled()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Advance(TimeSpan.FromMinutes(10)).Acknowledged("engineering-head");
        s.Advance(TimeSpan.FromHours(1));

        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Empty(s.NoticesTo("engineering-1"));
        Assert.Equal(TestOrg.Id("engineering-head"), s.State.Assignee);
    }

    [Theory]
    [Trait("Rule", "R-DS-2")]
    [InlineData("heating-supervision", "temperature", true)]
    [InlineData("park-dispatch", "repair", false)]
    public void Dispatch_OfficeHeadToldAtTheSameTime_OnlyWhereTheProfileSaysSo(string profile, string category, bool expected)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category);

        // The unit heads of the standard directory report to "mgr", who heads their office.
        Assert.Equal(expected, s.NoticesTo("mgr").Any(n => n.Kind == NoticeKind.TaskAssigned));
        Assert.Equal(expected, s.Logged("R-DS-2"));
    }

    [Theory]
    [Trait("Rule", "R-DS-3")]
    [InlineData("heating-supervision", "complex", "station")]
    [InlineData("gm-hotline", "difficult", "building")]
    public void DifficultItem_WaitsForTheManagersInstruction_ThenIsDispatched(string profile, string category, string unit)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category);
        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.Instruction));
        Assert.Empty(s.NoticesTo($"{unit}-head"));
        Assert.Equal(Rejection.Invalid, s.Reject(at => new Acknowledge(at, TestOrg.Actor($"{unit}-head"))).Rule);

        s.Advance(TimeSpan.FromHours(1)).ApprovedBy("mgr", ApprovalKind.Instruction);

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Contains(s.NoticesTo($"{unit}-head"), n => n.Kind == NoticeKind.TaskAssigned);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Approved && e.Rule == "R-DS-3" && e.By == TestOrg.Id("mgr"));
    }

    [Theory]
    [Trait("Rule", "R-DS-3")]
    [InlineData("agent1")]
    [InlineData("station-head")]
    [InlineData("coord")]
    public void DifficultItem_InstructionFromNonManager_IsRejected(string by)
    {
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("complex");
        var rejected = s.Reject(at => new Approve(at, TestOrg.Actor(by), ApprovalKind.Instruction));

        Assert.Equal(Rejection.NotAllowed, rejected.Rule);
        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);
    }

    [Theory]
    [Trait("Rule", "R-DS-4")]
    [InlineData("park-dispatch", "repair", Urgency.Major, true)]
    [InlineData("park-dispatch", "repair", Urgency.Normal, false)]
    [InlineData("municipal-12319", "water", Urgency.Major, true)]
    public void MajorComplaint_ManagerToldAtOnce(string profile, string category, Urgency urgency, bool expected)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category, urgency);

        Assert.Equal(expected, s.NoticesTo("mgr").Any(n => n.Kind == NoticeKind.MajorReport));
        Assert.Equal(expected, s.Logged("R-DS-4"));
    }

    [Fact]
    [Trait("Rule", "R-DS-7")]
    public void GmHotlineFile_GoesToTheBuildingHead_WhoseMeasuresAreRecorded()
    {
        var s = new Scenario("gm-hotline", CaseSteps.Wednesday).Open("service-quality");
        var file = Assert.Single(s.NoticesTo("building-head"));
        Assert.Equal(NoticeKind.TaskAssigned, file.Kind);
        Assert.Equal(CaseSteps.Wednesday.AddDays(7), file.DueUtc);

        s.Do(at => new Acknowledge(at, TestOrg.Actor("building-head"), "客服部主管当日上门处理"));

        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Acknowledged && e.Text.Contains("客服部主管当日上门处理", StringComparison.Ordinal));
    }
}
