using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Quality;

/// <summary>
/// R-RP-11 (000 §3.1.5, §7.5): every complaint the GM hotline takes is a dissatisfied one (§3.1.1); once it is handled the
/// quality office assesses the building head, recorded in the service-quality assessment record (QR-8.2.1-01-13).
/// </summary>
public sealed class UnitHeadAssessmentTests
{
    private static Scenario ClosedGmComplaint(SatisfactionRating first = SatisfactionRating.Satisfied)
    {
        var s = new Scenario("gm-hotline", Local("2026-11-18 10:00")).Open("service-quality");
        s.AdvanceTo(Local("2026-11-18 10:30")).Do(at => new Acknowledge(at, TestOrg.Actor("building-head")));
        s.Do(at => new AssignDepartment(at, TestOrg.Actor("building-head"), TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory), "调整保洁班次"));
        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new RevisitResult(at, TestOrg.Actor("cleaning-head"), RevisitStage.Stage, SatisfactionRating.FairlySatisfied, "已上门", null));
        s.AdvanceTo(Local("2026-11-20 11:00")).Do(at => new Complete(at, TestOrg.Actor("cleaning-head"), EvidenceKind.Document, "整改记录", "保洁班次已调整"));
        s.AdvanceTo(Local("2026-11-20 14:00")).Do(at => new RevisitResult(at, TestOrg.Actor("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "周检保洁"));
        s.AdvanceTo(Local("2026-11-20 16:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, first, null, null));
        if (first == SatisfactionRating.Dissatisfied)
        {
            s.AdvanceTo(Local("2026-11-21 11:00")).Do(at => new Complete(at, TestOrg.Actor("cleaning-head"), EvidenceKind.Document, "整改记录2", "已返工"));
            s.AdvanceTo(Local("2026-11-21 14:00")).Do(at => new RevisitResult(at, TestOrg.Actor("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "返工后复查"));
            s.AdvanceTo(Local("2026-11-21 16:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, null, null));
        }

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        return s;
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    public void Closure_AsksQualityOfficeToAssessTheBuildingHead()
    {
        var s = ClosedGmComplaint();

        Assert.Single(s.NoticesTo("qa"), n => n.Kind == NoticeKind.AssessmentDue && n.Subject == TestOrg.Id("building-head"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-11" && e.Text.Contains("服务质量考评记录", StringComparison.Ordinal));
        Assert.Null(s.State.Assessment);
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    public void QualityOffice_AssessesAfterClosure_RecordKeepsBuildingHeadVerdictAndComment()
    {
        var s = ClosedGmComplaint(first: SatisfactionRating.Dissatisfied);

        s.AdvanceTo(Local("2026-11-23 10:00")).Do(at => new AssessUnitHead(at, TestOrg.Actor("qa"), AssessmentVerdict.Unsatisfactory, "首次处理后回访不满意，返工一次"));

        Assert.Equal(
            new UnitHeadAssessment("building", TestOrg.Id("building-head"), AssessmentVerdict.Unsatisfactory, "首次处理后回访不满意，返工一次", TestOrg.Id("qa"), Local("2026-11-23 10:00")),
            s.State.Assessment);
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-11" && e.By == TestOrg.Id("qa") && e.Text.Contains("building-head 不合格", StringComparison.Ordinal));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    public void Assessment_OnlyByQualityOffice_OnceAndOnlyWhenHandled()
    {
        var open = new Scenario("gm-hotline", Local("2026-11-18 10:00")).Open("service-quality");
        Assert.Equal("R-RP-11", open.Reject(at => new AssessUnitHead(at, TestOrg.Actor("qa"), AssessmentVerdict.Satisfactory, "好")).Rule);

        var s = ClosedGmComplaint();
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new AssessUnitHead(at, TestOrg.Manager, AssessmentVerdict.Satisfactory, "好")).Rule);
        s.Do(at => new AssessUnitHead(at, TestOrg.Actor("qa"), AssessmentVerdict.Satisfactory, "处理及时"));
        Assert.Equal("R-RP-11", s.Reject(at => new AssessUnitHead(at, TestOrg.Actor("qa"), AssessmentVerdict.Unsatisfactory, "改判")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    public void ProfileWithoutTheRecord_NeitherAsksNorAccepts()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-17 10:00")).Open("security");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("security-head")));
        s.AdvanceTo(Local("2026-11-17 15:00")).Do(at => new Complete(at, TestOrg.Actor("security-head"), EvidenceKind.SupervisorNotice, null, "已处理"));
        Assert.Equal(CaseStatus.Closed, s.State.Status); // park closes on completion (R-RV-3)

        Assert.False(s.Logged("R-RP-11"));
        Assert.Equal("R-RP-11", s.Reject(at => new AssessUnitHead(at, TestOrg.Actor("qa"), AssessmentVerdict.Satisfactory, "好")).Rule);
    }
}
