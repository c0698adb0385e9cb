using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

/// <summary>gm-hotline (000 §4.5.2): the daily report of every open case's progress.</summary>
public sealed class DailyProgressReportTests
{
    private static readonly Profile Gm = ProfileCatalog.BuiltIn[ProfileCatalog.GmHotline];

    private static (ReportCase Open, ReportCase Acknowledged, ReportCase Closed, ReportCase Answered) Cases()
    {
        var open = Receive("gm-hotline", "2026-11-18 10:00", "agent1", "service-quality");

        var acknowledged = Receive("gm-hotline", "2026-11-19 09:00", "agent2", "service-quality");
        acknowledged.AdvanceTo(Local("2026-11-19 09:30")).Do(at => new Acknowledge(at, Person("building-head"), "今日上门"));

        var closed = Receive("gm-hotline", "2026-11-18 11:00", "agent1", "service-quality");
        closed.AdvanceTo(Local("2026-11-18 11:30")).Do(at => new Acknowledge(at, Person("building-head")));
        closed.Do(at => new AssignDepartment(at, Person("building-head"), TeamResolver.ForUnit(closed.Profile, "cleaning", TestOrg.Directory), "调整保洁"));
        closed.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new RevisitResult(at, Person("cleaning-head"), RevisitStage.Stage, SatisfactionRating.Satisfied, "已上门", null));
        closed.AdvanceTo(Local("2026-11-19 11:00")).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));
        closed.AdvanceTo(Local("2026-11-19 14:00")).Do(at => new RevisitResult(at, Person("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, "满意", null, "周检保洁"));
        closed.AdvanceTo(Local("2026-11-19 16:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "ServiceAndComplaints"));
        Assert.Equal(CaseStatus.Closed, closed.State.Status);

        var answered = Receive("gm-hotline", "2026-11-19 10:00", "agent1", "service-quality", IntakeDecision.Answered);
        open.AdvanceTo(Local("2026-11-20 12:00"));
        acknowledged.AdvanceTo(Local("2026-11-20 12:00"));
        return (Of(open), Of(acknowledged), Of(closed), Of(answered));
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    [Trait("Rule", "R-FU-4")]
    public void Today_ListsEveryOpenCase_NoClosedOrAnswered()
    {
        var (open, acknowledged, closed, answered) = Cases();
        var report = DailyProgressReport.Build(Gm, new DateOnly(2026, 11, 20), Local("2026-11-20 12:00"), [closed, answered, acknowledged, open]);

        Assert.Equal(Local("2026-11-20 12:00"), report.AsOfUtc);
        Assert.Equal([open.State.Id.Value, acknowledged.State.Id.Value], report.Cases.Select(c => c.CaseId));
        var first = report.Cases[0];
        Assert.Equal((open.State.Status, "agent1", open.State.Assignee?.Value), (first.Status, first.FirstOwner, first.Assignee));
        Assert.Equal(TimeSpan.FromHours(50), first.Age);
        Assert.Equal((open.Ledger![^1].Kind, open.Ledger[^1].AtUtc), (first.Last!.Kind, first.Last.AtUtc));
        Assert.Equal(acknowledged.State.Status, report.Cases[1].Status);
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public void PastDay_CaseClosedLater_StillListedAsOpenThatEvening()
    {
        var (open, acknowledged, closed, answered) = Cases();
        var report = DailyProgressReport.Build(Gm, new DateOnly(2026, 11, 18), Local("2026-11-20 12:00"), [closed, answered, acknowledged, open]);

        Assert.Equal(Local("2026-11-19 00:00"), report.AsOfUtc);
        Assert.Equal([open.State.Id.Value, closed.State.Id.Value], report.Cases.Select(c => c.CaseId));
        Assert.All(report.Cases, c => Assert.True(c.Last!.AtUtc < report.AsOfUtc));
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public void OverdueFlag_OpenAndPastItsHandlingLimit()
    {
        var s = Receive("park-dispatch", "2026-11-16 09:00", "agent1", "repair");
        s.AdvanceTo(Local("2026-11-16 09:05")).Do(at => new Acknowledge(at, Person("engineering-head")));
        var due = s.State.HandlingDueUtc!.Value;
        var park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];

        var before = DailyProgressReport.Build(park, DateOnly.FromDateTime(due.AddHours(8).DateTime), due.AddMinutes(-1), [Of(s)]);
        var after = DailyProgressReport.Build(park, DateOnly.FromDateTime(due.AddHours(8).DateTime), due, [Of(s)]);

        Assert.Equal((false, 0), (Assert.Single(before.Cases).Overdue, before.Overdue));
        Assert.Equal((true, 1), (Assert.Single(after.Cases).Overdue, after.Overdue));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    [Trait("Rule", "R-RP-6")]
    public void Report_CarriesNoCallerData_EvenWhenTheLastLineQuotesTheSummary()
    {
        var s = Receive("gm-hotline", "2026-11-20 10:00", "agent1", "service-quality");
        var received = s.Ledger.Single(e => e.Kind == LedgerKind.Received);
        Assert.Contains("张三丰", received.Text, StringComparison.Ordinal);

        var onlyIntake = new ReportCase(s.State, [.. s.Ledger.Where(e => e.Sequence <= received.Sequence)]);
        var report = DailyProgressReport.Build(Gm, new DateOnly(2026, 11, 20), Local("2026-11-20 10:01"), [onlyIntake]);
        var json = JsonSerializer.Serialize(report);

        Assert.Equal(LedgerKind.Received, Assert.Single(report.Cases).Last!.Kind);
        foreach (var secret in new[] { "张三丰", "13912345678", "3栋1201", "\\u5F20\\u4E09\\u4E30" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
    }
}
