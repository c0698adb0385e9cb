using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Reports;

/// <summary>
/// The first-question compliance audit (004 过程与效果控制; R-RP-8): from the records, who received, who typed, who owns,
/// every hand-over and its reception record, whether the duty ended, whether 二次办结 was met, and the breaches.
/// </summary>
public class FirstQuestionAuditTests
{
    private static readonly DateOnly November1 = new(2026, 11, 1);
    private static readonly DateOnly November30 = new(2026, 11, 30);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Scenario Receive(string local, string owner, FirstContact? contact = null, IntakeDecision decision = IntakeDecision.Open)
    {
        var s = new Scenario("property-hotline", Scenario.Local(local));
        var intake = CaseSteps.IntakeOf(s, "repair", Channel.Visit) with
        {
            By = TestOrg.Actor(owner), FirstContact = contact, Decision = decision, Reason = decision == IntakeDecision.Open ? OpenReason.OnSiteWork : null,
            Summary = ReportCases.LeakySummary,
        };
        return s.Do(_ => intake);
    }

    private static Scenario HandedOver(Scenario s) =>
        s.Do(at => new HandOverToDepartment(at, TestOrg.Actor(s.State.FirstOwner.Value), TestOrg.Id("engineering-head"), "engineering", HandOverMethod.SupervisorOnSite, "漏水维修"));

    private static List<ReportCase> November()
    {
        // A guard received it, the front desk typed it; passed to engineering, recorded, fixed, the guard told.
        var fixedByEngineering = HandedOver(Receive("2026-11-18 10:00", "security-1", new FirstContact(TestOrg.Actor("desk1"), "卫生间漏水", "工程部上门")))
            .Do(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 1))
            .Acknowledged("engineering-head").CompletedWithSlip("engineering-1")
            .Do(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "已修复"));

        // Answered on the spot by an agent.
        var answered = Receive("2026-11-19 09:00", "agent1", decision: IntakeDecision.Answered);

        // Passed on, never entered in the reception record, and the owner had to come back twice.
        var bounced = HandedOver(Receive("2026-11-20 09:00", "cleaning-1"))
            .Do(at => new SecondComplaint(at, TestOrg.Agent, "还没人来"))
            .Do(at => new SecondComplaint(at, TestOrg.Agent, "还是没人来"));

        // Received in October; the breach about it was opened in November.
        var october = Receive("2026-10-28 10:00", "cleaning-1");
        october.AdvanceTo(Scenario.Local("2026-11-03 10:00"))
            .Do(at => new OpenBreach(at, TestOrg.Actor("qa"), TestOrg.Id("cleaning-1"), BreachKind.Evasion, "答\"不归我管\"", SpotCheck: true));

        return [ReportCases.Of(fixedByEngineering), ReportCases.Of(answered), ReportCases.Of(bounced), ReportCases.Of(october)];
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    public void Audit_ShowsWhoReceivedRecordedAndOwns_EveryHandOver_DutyEnded_AndTwoContacts()
    {
        var audit = FirstQuestionAuditBuilder.Build(ProfilesUnderTest.Property, November1, November30, Scenario.Local("2026-12-05 09:00"), November());

        Assert.Equal(3, audit.Cases.Count);
        var (fixedLine, answered, bounced) = (audit.Cases[0], audit.Cases[1], audit.Cases[2]);
        Assert.Equal(("security-1", "desk1", "security-1", true, true), (fixedLine.ReceivedBy, fixedLine.RecordedBy, fixedLine.Owner, fixedLine.ReadBack, fixedLine.ToldCaller));
        var slip = Assert.Single(fixedLine.HandOvers);
        Assert.Equal(("security-1", "engineering-head", "supervisor-on-site", true), (slip.From, slip.To, slip.Method, slip.ReceptionRecorded));
        Assert.Equal(("ended", "security-1", "met", 1), (fixedLine.Duty, fixedLine.DutyEndNotified, fixedLine.DoneWithinContacts, fixedLine.Contacts));

        Assert.Equal(("agent1", "handled-by-owner", "met", false), (answered.ReceivedBy, answered.Duty, answered.DoneWithinContacts, answered.ReadBack));

        Assert.Equal(("cleaning-1", "open", "not-met", 3), (bounced.Owner, bounced.Duty, bounced.DoneWithinContacts, bounced.Contacts));
        Assert.False(Assert.Single(bounced.HandOvers).ReceptionRecorded);

        var t = audit.Totals;
        Assert.Equal((3, 1, 1, 1, 2, 1), (t.Cases, t.RecordedOnBehalf, t.ReadBack, t.ToldCaller, t.HandOvers, t.HandOversNotRecorded));
        Assert.Equal((1, 1, 1, 2, 1, 0), (t.DutyEnded, t.HandledByOwner, t.DutyOpen, t.DoneWithinContactsMet, t.DoneWithinContactsNotMet, t.DoneWithinContactsPending));
        Assert.Equal(2, audit.DoneWithinContacts);
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    [Trait("Rule", "R-FQ-3")]
    public void Audit_ListsThePeriodsBreaches_OverdueWhenUndecidedPastTheirPeriod()
    {
        var cases = November();
        var inTime = FirstQuestionAuditBuilder.Build(ProfilesUnderTest.Property, November1, November30, Scenario.Local("2026-12-05 09:00"), cases);
        var breach = Assert.Single(inTime.Breaches);
        Assert.Equal((cases[3].State.Id.Value, "cleaning-1", "evasion", true, false), (breach.CaseId, breach.Person, breach.Kind, breach.SpotCheck, breach.Overdue));
        Assert.Equal((1, 0, 0), (inTime.Totals.BreachesOpened, inTime.Totals.BreachesDecided, inTime.Totals.BreachesOverdue));

        var late = FirstQuestionAuditBuilder.Build(ProfilesUnderTest.Property, November1, new DateOnly(2027, 1, 31), Scenario.Local("2027-02-01 09:00"), cases);
        Assert.True(Assert.Single(late.Breaches).Overdue);
        Assert.Equal(1, late.Totals.BreachesOverdue);
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    [Trait("Rule", "R-PV-1")]
    public void Audit_CarriesNoCallerData()
    {
        var audit = FirstQuestionAuditBuilder.Build(ProfilesUnderTest.Property, November1, November30, Scenario.Local("2026-12-05 09:00"), November());
        var json = JsonSerializer.Serialize(audit, Readable);
        Assert.DoesNotContain("张三丰", json, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("3栋1201", json, StringComparison.Ordinal);
    }

    private static class ProfilesUnderTest
    {
        public static Hotline.Domain.Profiles.Profile Property => Hotline.Domain.Profiles.ProfileCatalog.BuiltIn["property-hotline"];
    }
}
