using Hotline.Domain.Calendar;
using Hotline.Domain.Profiles;
using NodaTime;

namespace Hotline.Domain.Tests.Profiles;

/// <summary>The profiles' service hours as the seeds give them (R-PV-3) and the heating season (R-FU-13).</summary>
[Trait("Rule", "R-PV-3")]
public sealed class ServiceHoursProfileTests
{
    private const string Tiny = """
        {
          "id": "tiny", "name": "Tiny", "source": "test",
          "calendar": { "holidays": ["cn-2026"], SEASON },
          "categories": [ { "code": "repair", "name": "维修", "units": ["engineering"] ARRIVE } ]
        }
        """;

    private static Profile Shipped(string id) => ProfileCatalog.BuiltIn[id];

    [Fact]
    public void GmHotline_365DayWindow_DailyRoundsAtEachServiceDaysClose()
    {
        var gm = Shipped("gm-hotline");
        Assert.Equal(ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(18, 0)), gm.Calendar.Definition.ServiceHours);
        Assert.Equal(DeadlineSpec.Parse("sameday"), gm.FollowUp.Daily);
        Assert.Equal(DeadlineSpec.Parse("sameday"), gm.FollowUp.OverdueRecheck);
        Assert.Null(gm.Calendar.Definition.DutyDesk);
    }

    [Theory]
    [InlineData("park-dispatch", "当值值班人员")]
    [InlineData("municipal-12319", "晚间值班台")]
    [InlineData("heating-supervision", "值班人员")]
    public void DutyDesk_AsTheSeedNamesIt(string id, string desk) => Assert.Equal(desk, Shipped(id).Calendar.Definition.DutyDesk);

    [Fact]
    [Trait("Rule", "R-FU-13")]
    public void Heating_24hInTheSeason_WorkingDayOutsideIt()
    {
        var heating = Shipped("heating-supervision").Calendar;
        Assert.Equal(new AnnualDate(11, 1), heating.Definition.Season!.From);
        Assert.Equal(new AnnualDate(3, 31), heating.Definition.Season.To);
        Assert.True(heating.ServiceHoursOn(new DateOnly(2026, 1, 1)).AroundTheClock);
        Assert.False(heating.ServiceHoursOn(new DateOnly(2026, 7, 1)).AroundTheClock);
        Assert.Equal(ServiceDays.WorkingDays, heating.ServiceHoursOn(new DateOnly(2026, 7, 1)).Days);
    }

    [Fact]
    [Trait("Rule", "R-FU-13")]
    public void Heating_RepairSizes_WithTheirLimits()
    {
        var heating = Shipped("heating-supervision");
        Assert.Equal(DeadlineSpec.Parse("PT30M"), heating.FindCategory("repair-small")!.ArriveWithin);
        Assert.Equal(DeadlineSpec.Parse("sameday"), heating.FindCategory("repair-small")!.Handling);
        Assert.Equal(DeadlineSpec.Parse("sameday"), heating.FindCategory("repair-medium")!.Handling);
        Assert.Equal(DeadlineSpec.Parse("nextday@08:00"), heating.FindCategory("repair-major")!.Handling);
    }

    [Fact]
    public void Season_LoadsWithItsOwnHours()
    {
        var json = Tiny.Replace("SEASON", "\"serviceHours\": \"09:00-17:00\", \"season\": { \"from\": \"12-01\", \"to\": \"02-28\" }, \"dutyDesk\": \" 夜班 \"", StringComparison.Ordinal)
            .Replace("ARRIVE", string.Empty, StringComparison.Ordinal);
        var calendar = ProfileLoader.Load(json, "tiny.json").Calendar;
        Assert.True(calendar.ServiceHoursOn(new DateOnly(2026, 12, 1)).AroundTheClock);
        Assert.Equal(new LocalTime(17, 0), calendar.ServiceHoursOn(new DateOnly(2026, 11, 30)).Closes);
        Assert.Equal("夜班", calendar.Definition.DutyDesk);
    }

    [Theory]
    [InlineData("\"season\": { \"from\": \"11-1\", \"to\": \"03-31\" }", "", "calendar.season.from")]
    [InlineData("\"season\": { \"from\": \"11-01\", \"to\": \"13-01\" }", "", "calendar.season.to")]
    [InlineData("\"season\": { \"from\": \"11-01\", \"to\": \"03-31\", \"serviceDays\": \"weekdays\" }", "", "calendar.season.serviceDays")]
    [InlineData("\"season\": { \"from\": \"11-01\", \"to\": \"11-01\" }", "", "calendar: Season")]
    [InlineData("\"dutyDesk\": null", ", \"arriveWithin\": \"soon\"", "categories[0].arriveWithin")]
    public void BadSeasonOrPromise_NamesTheField(string season, string arrive, string field)
    {
        var json = Tiny.Replace("SEASON", season, StringComparison.Ordinal).Replace("ARRIVE", arrive, StringComparison.Ordinal);
        var error = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "bad.json"));
        Assert.Contains(error.Errors, e => e.StartsWith(field, StringComparison.Ordinal));
    }
}
