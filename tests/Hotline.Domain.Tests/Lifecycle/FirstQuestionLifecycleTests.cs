using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// 首问责任制 (seed 004), walked as the procedure describes it: a cleaner is the first person the owner reaches, reads the
/// request back and says what will happen, brings the engineering supervisor to the owner, engineering records it and fixes it,
/// tells the cleaner, which ends the duty; a complaint about another employee's evasion is decided; the audit shows it all.
/// </summary>
public sealed class FirstQuestionLifecycleTests
{
    private static readonly DateTimeOffset Wednesday = Local("2026-11-18 10:00");

    [Fact]
    [Trait("Rule", "R-IN-9")]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-FQ-2")]
    [Trait("Rule", "R-FQ-3")]
    [Trait("Rule", "R-RP-8")]
    public void CleanerFirstReached_HandsOverOnTheRecord_DutyEndsOnNotice_AuditShowsEveryStep()
    {
        var s = new Scenario("property-hotline", Wednesday);
        var cleaner = TestOrg.Actor("cleaning-1");
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Visit) with
        {
            By = cleaner,
            FirstContact = new FirstContact(ReadBack: "3栋1201卫生间漏水，已复述确认", ToldProcedure: "工程部主管到现场查看后维修", ToldExpectedUtc: Local("2026-11-18 17:00")),
        });
        Assert.Equal(TestOrg.Id("cleaning-1"), s.State.FirstOwner);

        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new HandOverToDepartment(at, cleaner, TestOrg.Id("engineering-head"), "engineering", HandOverMethod.SupervisorOnSite, "维修属工程部"));
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 1, "已到现场"));
        s.Acknowledged("engineering-head");
        s.AdvanceTo(Local("2026-11-18 15:00")).CompletedWithSlip("engineering-1");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "已更换水管"));
        Assert.Single(s.NoticesTo("cleaning-1"), n => n.Kind == NoticeKind.FirstQuestionDutyEnded);

        // A spot check found another employee answered "不归我管": opened and decided within the period.
        s.Advance(TimeSpan.FromHours(1)).Do(at => new OpenBreach(at, TestOrg.Actor("qa"), TestOrg.Id("security-1"), BreachKind.Evasion, "门岗回答“不归我管”", SpotCheck: true));
        s.AdvanceTo(Local("2026-11-25 10:00")).Do(at => new DecideBreach(at, TestOrg.Actor("qa"), 1, BreachSanction.Criticism, "批评教育"));

        var audit = FirstQuestionAuditBuilder.Build(s.Profile, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Local("2026-12-01 09:00"), [new ReportCase(s.State, [.. s.Ledger])]);
        var line = Assert.Single(audit.Cases);
        Assert.Equal(("cleaning-1", "cleaning-1", true, true, "ended", "met"), (line.ReceivedBy, line.Owner, line.ReadBack, line.ToldCaller, line.Duty, line.DoneWithinContacts));
        Assert.True(Assert.Single(line.HandOvers).ReceptionRecorded);
        var breach = Assert.Single(audit.Breaches);
        Assert.Equal(("security-1", false), (breach.Person, breach.Overdue));
        LedgerAssert.ReproducesPaperForms(s);
    }
}
