using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>The deadline a list shows and when it counts as near: the handling limit of R-FU-10 among the case's timers.</summary>
[Trait("Rule", "R-FU-10")]
public sealed class CaseDeadlinesTests
{
    [Fact]
    public void NextDue_IsTheEarliestTimer_NearWithinTheWindow_AndNoneOnceClosed()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");
        var next = CaseDeadlines.NextDue(s.State);

        // Received Wednesday 10:00: the acknowledgement is due at 10:15, before the follow-ups and the handling limit.
        Assert.Equal(Scenario.Local("2026-11-18 10:15"), next);
        Assert.False(CaseDeadlines.IsNear(s.State, next!.Value - CaseDeadlines.NearWindow - TimeSpan.FromMinutes(1)));
        Assert.True(CaseDeadlines.IsNear(s.State, next.Value - CaseDeadlines.NearWindow));
        Assert.True(CaseDeadlines.IsNear(s.State, next.Value.AddMinutes(5)), "a deadline passed and not acted on is still pressing");
        Assert.Null(CaseDeadlines.NextDue(s.State with { Status = CaseStatus.Closed }));
    }

    [Fact]
    public void Reviews_AreNotTheCasesNextDeadline()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");
        var early = Scenario.Local("2026-11-18 10:05");
        var withReviews = s.State with
        {
            Deadlines =
            [
                .. s.State.Deadlines, new Deadline(DeadlineKind.WeeklyReview, early), new Deadline(DeadlineKind.QuarterEnd, early),
                new Deadline(DeadlineKind.BreachDecisionDue, early),
            ],
        };

        Assert.Equal(Scenario.Local("2026-11-18 10:15"), CaseDeadlines.NextDue(withReviews));
    }
}
