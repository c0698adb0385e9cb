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

        Assert.NotNull(next);
        Assert.Equal(s.State.Deadlines.Where(d => d.Kind is not (DeadlineKind.WeeklyReview or DeadlineKind.QuarterEnd)).Min(d => d.DueUtc), next);
        Assert.False(CaseDeadlines.IsNear(s.State, next!.Value - CaseDeadlines.NearWindow - TimeSpan.FromMinutes(1)));
        Assert.True(CaseDeadlines.IsNear(s.State, next.Value - CaseDeadlines.NearWindow));
        Assert.True(CaseDeadlines.IsNear(s.State, next.Value.AddMinutes(5)), "a deadline passed and not acted on is still pressing");
        Assert.Null(CaseDeadlines.NextDue(s.State with { Status = CaseStatus.Closed }));
    }
}
