using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>首问责任人 (004 §4.2–4.6): whoever the caller first reaches owns the request, and records what they did (R-IN-9).</summary>
public class FirstQuestionOwnerTests
{
    private static Actor Clerk => TestOrg.Actor("desk1");

    [Theory]
    [Trait("Rule", "R-IN-9")]
    [InlineData("security-1")]
    [InlineData("cleaning-1")]
    [InlineData("engineering-1")]
    [InlineData("customer-service-head")]
    [InlineData("agent1")]
    public void AnyStaffMember_TheCallerFirstReaches_IsTheFirstQuestionOwner(string staff)
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Visit) with { By = TestOrg.Actor(staff) });

        Assert.Equal(TestOrg.Id(staff), s.State.FirstOwner);
        Assert.Equal(TestOrg.Id(staff), s.State.FirstQuestion!.ReceivedBy);
        Assert.Equal(TestOrg.Id(staff), s.State.FirstQuestion.RecordedBy);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Received && e.By == TestOrg.Id(staff) && e.Text.Contains($"首问责任人 {staff}", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-IN-9")]
    public void Owner_RecordsTheReadBack_AndWhatTheCallerWasTold()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        var expected = Scenario.Local("2026-11-19 12:00");
        var contact = new FirstContact(ReadBack: "3栋1201卫生间天花板漏水，已确认", ToldProcedure: "工程部维修，需业主在家", ToldExpectedUtc: expected);
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Visit) with { By = TestOrg.Actor("security-1"), FirstContact = contact });

        var fq = s.State.FirstQuestion!;
        Assert.Equal(("3栋1201卫生间天花板漏水，已确认", "工程部维修，需业主在家", (DateTimeOffset?)expected), (fq.ReadBack, fq.ToldProcedure, fq.ToldExpectedUtc));
        var lines = s.Ledger.Where(e => e.Rule == "R-IN-9").Select(e => e.Text).ToList();
        Assert.Contains("复述确认：3栋1201卫生间天花板漏水，已确认", lines);
        Assert.Contains(lines, l => l.Contains("工程部维修，需业主在家", StringComparison.Ordinal) && l.Contains("11-19 12:00", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-IN-9")]
    public void Recorder_FilesInTheOwnersName_BothAreRecorded()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Visit) with { By = TestOrg.Actor("cleaning-1"), FirstContact = new FirstContact(RecordedBy: Clerk) });

        Assert.Equal(TestOrg.Id("cleaning-1"), s.State.FirstOwner);
        Assert.Equal((TestOrg.Id("cleaning-1"), TestOrg.Id("desk1")), (s.State.FirstQuestion!.ReceivedBy, s.State.FirstQuestion.RecordedBy));
        var line = Assert.Single(s.Ledger, e => e.Rule == "R-IN-9");
        Assert.Equal(TestOrg.Id("desk1"), line.By);
        Assert.Equal("desk1 代为登记，首问责任人 cleaning-1", line.Text);
    }

    [Theory]
    [Trait("Rule", "R-IN-9")]
    [InlineData("agent2")]
    [InlineData("engineering-head")]
    [InlineData("mgr")]
    public void WithoutTheRecorderRole_NoOneFilesInAnotherStaffMembersName(string typist)
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        var rejected = s.Reject(_ => CaseSteps.IntakeOf(s, "repair", Channel.Phone) with { FirstContact = new FirstContact(RecordedBy: TestOrg.Actor(typist)) });

        Assert.Equal(Rejection.NotAllowed, rejected.Rule);
        Assert.Contains("R-IN-9", rejected.Reason, StringComparison.Ordinal);
        Assert.Null(s.Maybe);
    }

    [Fact]
    [Trait("Rule", "R-IN-9")]
    public void OwnerTypingTheirOwnIntake_NeedsNoRecorderRole()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Phone) with { FirstContact = new FirstContact(RecordedBy: TestOrg.Agent) });
        Assert.Equal(TestOrg.Id("agent1"), s.State.FirstQuestion!.RecordedBy);
        Assert.DoesNotContain(s.Ledger, e => e.Text.Contains("代为登记", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    public void ShiftHandOver_MovesTheDuty_AndIsKeptForTheAudit()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday).Open("repair");
        s.Do(at => new HandOver(at, TestOrg.Agent, TestOrg.Id("agent2"), "交班"));

        Assert.Equal(TestOrg.Id("agent2"), s.State.FirstOwner);
        var change = Assert.Single(s.State.FirstQuestion!.OwnerChanges);
        Assert.Equal((TestOrg.Id("agent1"), TestOrg.Id("agent2"), "交班"), (change.From, change.To, change.Reason));
        Assert.Equal(TestOrg.Id("agent1"), s.State.FirstQuestion.ReceivedBy);
    }
}
