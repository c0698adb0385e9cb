using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests;

public class SmokeTests
{
    [Fact]
    [Trait("Rule", "R-FU-1")]
    public void FirstFollowUp_TwoHoursAfterDispatch_UrgesResponsible()
    {
        var s = new Scenario("park-dispatch", Scenario.Local("2026-11-20 10:00")).Open("repair");
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.TaskAssigned);

        s.Advance(TimeSpan.FromMinutes(119));
        Assert.DoesNotContain(s.NoticesTo("engineering-1"), n => n.Kind == NoticeKind.FollowUp);
        s.Advance(TimeSpan.FromMinutes(1));
        Assert.True(s.Logged("R-FU-1"));
    }
}
