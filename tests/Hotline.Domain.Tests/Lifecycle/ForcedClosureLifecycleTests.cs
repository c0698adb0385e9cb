using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>park-dispatch: an unresolvable case waits for the quarter end and the manager's approval (R-CL-7).</summary>
public sealed class ForcedClosureLifecycleTests
{
    private static readonly DateTimeOffset QuarterEnd = Local("2026-12-31 18:00");

    private static Scenario Unresolvable()
    {
        var s = new Scenario("park-dispatch", Local("2026-12-07 10:00")).Open("equipment");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, TestOrg.Actor("engineering-head")));
        s.AdvanceTo(Local("2026-12-08 11:00")).Do(at => new CannotResolve(at, TestOrg.Actor("engineering-head"), "电梯主板停产，无备件"));
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.QuarterEnd && d.DueUtc == QuarterEnd);
        return s;
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    [Trait("Rule", "R-CL-8")]
    [Trait("Rule", "R-FU-3")]
    [Trait("Rule", "R-PV-2")]
    public void ApprovedBeforeQuarterEnd_ForceClosedAtQuarterEndNotBefore()
    {
        var s = Unresolvable();
        Assert.Equal("R-CL-6", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Approve(at, TestOrg.Agent, ApprovalKind.ForcedClosure)).Rule);

        s.AdvanceTo(Local("2026-12-20 10:00")).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.ForcedClosure, "与业委会协调，季度末销项"));
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);

        s.AdvanceTo(QuarterEnd.AddMinutes(-1));
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);
        // Told when it was recorded, then at the Monday reviews of the 14th, 21st and 28th.
        Assert.Equal(4, s.NoticesTo("mgr").Count(n => n.Kind == NoticeKind.UnresolvableReview));
        s.AdvanceTo(QuarterEnd);

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        var closure = s.State.Closure!;
        Assert.Equal((ClosureOutcome.ForceClosed, TestOrg.Id("mgr"), "电梯主板停产，无备件", QuarterEnd),
            (closure.Outcome, closure.ApprovedBy, closure.FinalResult, closure.AtUtc));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Closed && e.Rule == "R-CL-7");
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void ApprovalAfterQuarterEnd_ManagerAskedAtQuarterEnd_ClosesWhenApproved()
    {
        var s = Unresolvable();
        s.AdvanceTo(QuarterEnd);
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);
        Assert.True(s.State.ForcedClosureDue);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.ForcedClosure));

        s.AdvanceTo(Local("2027-01-05 09:30")).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.ForcedClosure));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal((ClosureOutcome.ForceClosed, TestOrg.Id("mgr"), Local("2027-01-05 09:30")),
            (s.State.Closure!.Outcome, s.State.Closure.ApprovedBy, s.State.Closure.AtUtc));
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void NeverApproved_StaysOpenAndManagerAskedAgainNextQuarter()
    {
        var s = Unresolvable();
        s.AdvanceTo(Local("2027-04-01 00:00"));
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);
        Assert.Equal(2, s.NoticesTo("mgr").Count(n => n.Kind == NoticeKind.ApprovalRequest));
    }
}
