using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

/// <summary>The heating weekly report (R-RP-4) and the Monday list of last week's open cases (R-FU-3).</summary>
public sealed class WeeklyReportTests
{
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];

    [Fact]
    [Trait("Rule", "R-RP-4")]
    [Trait("Rule", "R-FU-3")]
    public void Week_ReceivedClosedOpenAndOverdue_ByCategory()
    {
        // Week of Monday 16 to Sunday 22 November 2026.
        var old = Receive("heating-supervision", "2026-11-12 10:00", "agent1", "billing");           // before the week, still open
        var fixedInWeek = Receive("heating-supervision", "2026-11-16 09:00", "agent1", "temperature");
        fixedInWeek.AdvanceTo(Local("2026-11-16 09:10")).Do(at => new Acknowledge(at, Person("station-head")));
        fixedInWeek.AdvanceTo(Local("2026-11-16 15:00")).Do(at => new Complete(at, Person("station-head"), EvidenceKind.Document, "测温记录", "已达标"));
        fixedInWeek.AdvanceTo(Local("2026-11-17 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, "Equipment"));
        var late = Receive("heating-supervision", "2026-11-18 09:00", "agent2", "temperature");     // eod limit: overdue by Sunday
        late.AdvanceTo(Local("2026-11-18 09:10")).Do(at => new Acknowledge(at, Person("station-head")));
        var stuck = Receive("heating-supervision", "2026-11-19 09:00", "agent2", "billing");
        stuck.AdvanceTo(Local("2026-11-19 09:10")).Do(at => new Acknowledge(at, Person("billing-head")));
        stuck.AdvanceTo(Local("2026-11-20 10:00")).Do(at => new CannotResolve(at, Person("billing-head"), "需物价局核定"));
        var answered = Receive("heating-supervision", "2026-11-20 10:00", "agent1", "billing", IntakeDecision.Answered);
        var nextWeek = Receive("heating-supervision", "2026-11-23 08:00", "agent1", "billing");

        var report = WeeklyReport.Build(Heating, new DateOnly(2026, 11, 19), Local("2026-11-30 09:00"),
            [Of(old), Of(fixedInWeek), Of(late), Of(stuck), Of(answered), Of(nextWeek)]);

        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), Local("2026-11-23 00:00")), (report.Week.FirstDay, report.Week.LastDay, report.AsOfUtc));
        Assert.Equal((4, 1, 3, 1, 0), (report.Received, report.CallRecords, report.Opened, report.Closed, report.ForceClosed));
        Assert.Equal([old.State.Id.Value, late.State.Id.Value, stuck.State.Id.Value], report.OpenAtWeekEnd.Select(c => c.CaseId));
        Assert.Equal(2, report.Overdue);
        Assert.Equal(stuck.State.Id.Value, Assert.Single(report.ForManager).CaseId);
        Assert.Equal(
            [new WeeklyCategoryRow("billing", 2, 0, 0, 2, 1), new WeeklyCategoryRow("temperature", 2, 1, 0, 1, 1)],
            report.ByCategory);
    }

    [Fact]
    [Trait("Rule", "R-FU-3")]
    public void Week_AnyDayOfTheWeek_SamePeriod()
    {
        var monday = ReportPeriod.Week(Heating.Calendar, new DateOnly(2026, 11, 16));
        var sunday = ReportPeriod.Week(Heating.Calendar, new DateOnly(2026, 11, 22));
        Assert.Equal(monday, sunday);
        Assert.Equal((Local("2026-11-16 00:00"), Local("2026-11-23 00:00")), (monday.StartUtc, monday.EndUtc));
    }
}
