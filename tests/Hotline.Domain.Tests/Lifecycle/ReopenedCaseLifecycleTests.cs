using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// A case reopened after completion needs new closure evidence: the revisit and approval given for the old result
/// do not close the new one. Found by <see cref="CaseMachinePropertyTests"/>.
/// </summary>
public sealed class ReopenedCaseLifecycleTests
{
    private static Actor Head => TestOrg.Actor("customer-service-head");

    [Fact]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-CL-4")]
    public void Reopened_OldSatisfiedRevisit_DoesNotCloseTheNewCompletion()
    {
        var s = new Scenario("property-hotline", Local("2026-11-17 09:00")).Open("complaint");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Head));
        s.Do(at => new LinkRelated(at, Head, "楼道灯也坏了", OpenedAs: null));
        s.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, Head, EvidenceKind.SupervisorNotice, null, "已处理"));
        s.Advance(TimeSpan.FromHours(2)).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", null));
        Assert.Equal(CaseStatus.Completed, s.State.Status); // the related problem still blocks (R-CL-4)

        s.AdvanceTo(Local("2026-11-18 10:00")).Do(at => new SecondComplaint(at, TestOrg.Agent, "问题又出现了"));
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        s.Advance(TimeSpan.FromHours(3)).Do(at => new Complete(at, Head, EvidenceKind.SupervisorNotice, null, "彻底处理"));
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new RelatedResolved(at, Head, 1));

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        s.Advance(TimeSpan.FromHours(1)).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "这次好了", null));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal("彻底处理", s.State.Closure!.FinalResult);
    }

    [Fact]
    [Trait("Rule", "R-EM-6")]
    [Trait("Rule", "R-RV-3")]
    public void EmergencyReopenedAfterApproval_NeedsApprovalAgainToClose()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 21:00"), ProfileVariants.RevisitGated).Open("fire", reason: null);
        s.Advance(TimeSpan.FromMinutes(3)).Do(at => new Acknowledge(at, TestOrg.Manager));
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("security-head")));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new Complete(at, TestOrg.Actor("security-head"), EvidenceKind.Document, "XF-1", "已扑灭"));
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Closure));
        s.AdvanceTo(Local("2026-11-19 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Dissatisfied, "仍有焦味", null));
        Assert.Equal(CaseStatus.InProgress, s.State.Status);

        s.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, TestOrg.Actor("security-head"), EvidenceKind.Document, "XF-2", "排烟完毕"));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "好了", null));
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Equal("R-EM-6", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);

        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Closure));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-DS-3")]
    public void DifficultItemAwaitingInstruction_CannotBeReassignedPastTheManager()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("complex");
        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);
        var billing = TeamResolver.ForUnit(s.Profile, "billing", TestOrg.Directory);
        Assert.Equal("R-DS-3", s.Reject(at => new Reassign(at, TestOrg.Agent, billing, "属收费问题")).Rule);

        s.Advance(TimeSpan.FromHours(1)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Instruction, "先测温再定方案"));
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        s.Do(at => new Reassign(at, TestOrg.Agent, billing, "属收费问题"));
        Assert.Equal("billing", s.State.Team.Unit);
    }

    [Fact]
    [Trait("Rule", "R-FU-12")]
    public void SuspendedCase_CannotBeReassignedWithoutResuming()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("attitude");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Suspend(at, TestOrg.Agent, "供热办批复〔2026〕31号", "要求不合理"));
        var billing = TeamResolver.ForUnit(s.Profile, "billing", TestOrg.Directory);
        Assert.Equal("R-FU-12", s.Reject(at => new Reassign(at, TestOrg.Agent, billing, "转收费")).Rule);
        Assert.Equal(CaseStatus.Suspended, s.State.Status);
    }
}
