using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>销项: the evidence a case closes on, related problems, and nobody closing early (R-CL-1…R-CL-4, R-CL-6).</summary>
public class ClosureRulesTests
{
    private static Scenario InProgress(string profile, string category, string head) =>
        new Scenario(profile, CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open(category).Acknowledged(head).Advance(TimeSpan.FromHours(2));

    [Theory]
    [Trait("Rule", "R-CL-1")]
    [InlineData("park-dispatch", "repair", "engineering", EvidenceKind.Document, "DOC-1")]
    [InlineData("park-dispatch", "equipment", "engineering", EvidenceKind.SupervisorNotice, "电话通知")]
    [InlineData("property-hotline", "repair", "engineering", EvidenceKind.ServiceSlip, " ")]
    [InlineData("heating-supervision", "heating-repair", "station", EvidenceKind.ServiceSlip, null)]
    [InlineData("gm-hotline", "repair", "building", EvidenceKind.Document, "DOC-2")]
    public void RepairCompleted_WithoutTheSignedServiceSlip_IsRejected(string profile, string category, string unit, EvidenceKind evidence, string? reference)
    {
        var s = InProgress(profile, category, $"{unit}-head");
        var rejected = s.Reject(at => new Complete(at, TestOrg.Actor($"{unit}-head"), evidence, reference, "已修复"));

        Assert.Equal("R-CL-1", rejected.Rule);
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-CL-1")]
    public void RepairCompleted_WithTheSlip_ClosesOnceTheCallerIsSatisfied()
    {
        var s = InProgress("park-dispatch", "repair", "engineering-head").CompletedWithSlip("engineering-head");
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Equal("FWD-0001", s.State.Completion?.EvidenceReference);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Completed && e.Rule == "R-CL-1");

        s.Advance(TimeSpan.FromHours(20)).RevisitedSatisfied();
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    [Theory]
    [Trait("Rule", "R-CL-2")]
    [InlineData(EvidenceKind.Document)]
    [InlineData(EvidenceKind.SupervisorNotice)]
    public void NonRepairCase_ClosesOnDocumentsOrSupervisorNotice(EvidenceKind evidence)
    {
        var s = InProgress("park-dispatch", "query", "customer-service-head");
        s.Do(at => new Complete(at, TestOrg.Actor("customer-service-head"), evidence, "已核实", "已向业主说明"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Completed && e.Rule == "R-CL-2");

        s.RevisitedSatisfied();
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(ClosureOutcome.Resolved, s.State.Closure?.Outcome);
    }

    [Fact]
    [Trait("Rule", "R-CL-3")]
    public void RelatedProblemOpenedAsItsOwnCase_DoesNotHoldTheOriginal()
    {
        var other = CaseId.Create(new DateOnly(2026, 11, 18), 77);
        var s = InProgress("park-dispatch", "repair", "engineering-head");
        s.Do(at => new LinkRelated(at, TestOrg.Actor("engineering-head"), "楼下天花板渗水", other));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Related && e.Rule == "R-CL-3");

        s.CompletedWithSlip("engineering-head").RevisitedSatisfied();

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(other, Assert.Single(s.State.Related).OpenedAs);
    }

    [Fact]
    [Trait("Rule", "R-CL-4")]
    public void RelatedProblemStillInProgress_NotOpenedOnItsOwn_BlocksClosure_UntilResolved()
    {
        var s = InProgress("park-dispatch", "repair", "engineering-head");
        s.Do(at => new LinkRelated(at, TestOrg.Actor("engineering-head"), "同层水管锈蚀", null));
        s.CompletedWithSlip("engineering-head").RevisitedSatisfied();

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Equal("R-CL-4", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);

        s.Advance(TimeSpan.FromDays(1)).Do(at => new RelatedResolved(at, TestOrg.Actor("engineering-head"), 1));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    public static TheoryData<string, string, Func<Scenario, Scenario>> Unhandled => new()
    {
        { "park-dispatch", "repair", s => s },
        { "park-dispatch", "repair", s => s.Acknowledged("engineering-head") },
        { "park-dispatch", "other", s => s },
        { "heating-supervision", "complex", s => s },
        { "park-dispatch", "repair", s => s.Do(at => new CannotResolve(at, TestOrg.Actor("engineering-head"), "产权纠纷")) },
    };

    [Theory]
    [Trait("Rule", "R-CL-6")]
    [MemberData(nameof(Unhandled))]
    public void ClosingBeforeHandling_IsRejected(string profile, string category, Func<Scenario, Scenario> stage)
    {
        var s = stage(new Scenario(profile, CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open(category));

        Assert.Equal("R-CL-6", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);
        Assert.Equal("R-CL-6", s.Reject(at => new Close(at, TestOrg.Manager)).Rule);
        Assert.Equal("R-CL-6", s.Reject(at => new Approve(at, TestOrg.Manager, ApprovalKind.Closure)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-CL-6")]
    public void CompletingAnUnroutedCase_IsRejected()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("other");
        Assert.Equal("R-CL-6", s.Reject(at => new Complete(at, TestOrg.Agent, EvidenceKind.Document, "x", "已处理")).Rule);
    }
}
