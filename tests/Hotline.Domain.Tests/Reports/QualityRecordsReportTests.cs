using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

/// <summary>
/// The month's quality records: the GM hotline's service-quality assessment record (R-RP-11) and the park's corrective and
/// preventive action reports (R-RP-10). November 2026: A is assessed in November, B closes in November and waits, C is
/// assessed on 1 December (so it waits as of the end of November).
/// </summary>
public sealed class QualityRecordsReportTests
{
    private static readonly Profile Gm = ProfileCatalog.BuiltIn["gm-hotline"];
    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Scenario ClosedGm(string received, string closed, SatisfactionRating first)
    {
        var s = Receive("gm-hotline", received, "agent1", "service-quality");
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, Person("building-head")));
        s.Do(at => new AssignDepartment(at, Person("building-head"), Hotline.Domain.Staff.TeamResolver.ForUnit(Gm, "cleaning", TestOrg.Directory), "调整保洁"));
        s.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new RevisitResult(at, Person("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "周检"));
        if (first == SatisfactionRating.Dissatisfied)
        {
            s.Advance(TimeSpan.FromHours(1)).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, first, "仍不满意", null));
            s.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.Document, "整改记录2", "已返工"));
            s.Advance(TimeSpan.FromMinutes(30)).Do(at => new RevisitResult(at, Person("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "复查"));
        }

        s.AdvanceTo(Local(closed)).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, null));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        return s;
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    public void November_ListsTheMonthsAssessments_AndTheClosedComplaintsStillWaiting()
    {
        var a = ClosedGm("2026-11-09 09:00", "2026-11-10 10:00", SatisfactionRating.Dissatisfied);
        a.AdvanceTo(Local("2026-11-12 09:00")).Do(at => new AssessUnitHead(at, Person("qa"), AssessmentVerdict.Unsatisfactory, "首次处理不彻底"));
        var b = ClosedGm("2026-11-16 09:00", "2026-11-17 10:00", SatisfactionRating.Satisfied);
        var c = ClosedGm("2026-11-25 09:00", "2026-11-26 10:00", SatisfactionRating.Satisfied);
        c.AdvanceTo(Local("2026-12-01 09:00")).Do(at => new AssessUnitHead(at, Person("qa"), AssessmentVerdict.Satisfactory, "处理及时"));

        var report = QualityRecordsReport.Build(Gm, 2026, 11, Local("2026-12-05 09:00"), [Of(a), Of(b), Of(c)]);

        var line = Assert.Single(report.Assessments);
        Assert.Equal(
            (a.State.Id.Value, "building", "building-head", "A", 1, AssessmentVerdict.Unsatisfactory, "不合格", "首次处理不彻底", "qa", Local("2026-11-12 09:00")),
            (line.CaseId, line.Unit, line.UnitHead, line.Rating, line.DissatisfiedRevisits, line.Verdict, line.VerdictLabel, line.Comment, line.AssessedBy, line.AssessedUtc));
        Assert.Equal([b.State.Id.Value, c.State.Id.Value], report.AwaitingAssessment.Select(w => w.CaseId));

        var december = QualityRecordsReport.Build(Gm, 2026, 12, Local("2026-12-05 09:00"), [Of(a), Of(b), Of(c)]);
        Assert.Equal([c.State.Id.Value], december.Assessments.Select(l => l.CaseId));
        Assert.Equal([b.State.Id.Value], december.AwaitingAssessment.Select(w => w.CaseId));
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    [Trait("Rule", "R-PV-1")]
    public void Report_CarriesNoCallerData()
    {
        var a = ClosedGm("2026-11-09 09:00", "2026-11-10 10:00", SatisfactionRating.Satisfied);
        a.Do(at => new AssessUnitHead(at, Person("qa"), AssessmentVerdict.Satisfactory, "处理及时"));

        var json = JsonSerializer.Serialize(QualityRecordsReport.Build(Gm, 2026, 11, Local("2026-12-05 09:00"), [Of(a)]), Plain);

        Assert.Contains("处理及时", json, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1201", json, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", json, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-RP-10")]
    public void CorrectiveActions_OwedAndFiledInTheMonth_FiledEarlierLeftOut()
    {
        var park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
        ReportCase Service(string received, string? filedAt)
        {
            var s = Receive("park-dispatch", received, "agent1", "service");
            s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, Person("customer-service-head")));
            s.Advance(TimeSpan.FromHours(1)).Do(at => new Complete(at, Person("customer-service-head"), EvidenceKind.SupervisorNotice, null, "已致歉"));
            s.Advance(TimeSpan.FromHours(1)).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, null));
            if (filedAt is not null)
            {
                s.AdvanceTo(Local(filedAt)).Do(at => new FileCorrectiveAction(at, TestOrg.Manager, "CAPA-" + filedAt[..10], "培训"));
            }

            return Of(s);
        }

        var october = Service("2026-10-20 09:00", "2026-10-22 09:00");
        var filed = Service("2026-11-03 09:00", "2026-11-05 09:00");
        var owed = Service("2026-11-10 09:00", null);
        var late = Service("2026-10-26 09:00", "2026-12-02 09:00");

        var report = QualityRecordsReport.Build(park, 2026, 11, Local("2026-12-05 09:00"), [october, filed, owed, late]);

        Assert.Equal(
            [(late.State.Id.Value, false), (filed.State.Id.Value, true), (owed.State.Id.Value, false)],
            report.CorrectiveActions.Select(l => (l.CaseId, l.Filed)));
        Assert.Equal("CAPA-2026-11-05", report.CorrectiveActions[1].Reference);
        Assert.Null(report.CorrectiveActions[0].Reference);
        Assert.Empty(report.AwaitingAssessment);
    }
}
