using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Heating (003 三(二)): a station records a complaint in its own remit, handles it, and reports the result to the hotline.</summary>
public sealed class StationIntakeTests
{
    private static readonly DateTimeOffset Tuesday = Local("2026-11-17 10:00");

    [Fact]
    [Trait("Rule", "R-IN-7")]
    public void StationReceivesDirectly_HandlesIt_ResultReportedToTheHotlineForTheRecord()
    {
        var s = new Scenario("heating-supervision", Tuesday);
        var head = TestOrg.Actor("station-head");
        s.Do(_ => CaseSteps.IntakeOf(s, "service-fault", Channel.Visit) with { By = head });
        Assert.True(s.State.ReceivedByUnit);
        Assert.Contains(s.Ledger, e => e.Rule == "R-IN-7" && e.Text.Contains("报专线员备案", StringComparison.Ordinal));

        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, head));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new Complete(at, head, EvidenceKind.Document, "维修记录", "已排气，暖气恢复"));

        var record = Assert.Single(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.ResultForRecord);
        Assert.Equal("已排气，暖气恢复", record.Text);
    }

    [Fact]
    [Trait("Rule", "R-IN-7")]
    public void HotlineIntake_OrAnotherProfile_OwesNoSuchRecord()
    {
        var hotline = new Scenario("heating-supervision", Tuesday);
        hotline.Do(_ => CaseSteps.IntakeOf(hotline, "service-fault", Channel.Phone));
        Assert.False(hotline.State.ReceivedByUnit);

        var park = new Scenario("park-dispatch", Tuesday);
        park.Do(_ => CaseSteps.IntakeOf(park, "repair", Channel.Visit) with { By = TestOrg.Actor("engineering-head") });
        Assert.False(park.State.ReceivedByUnit);
    }
}
