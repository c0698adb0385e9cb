using System.Text.Json;
using Hotline.Domain.Calendar;
using NodaTime;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

public sealed class DeadlineSpecTests
{
    [Theory]
    [InlineData("PT2H")]
    [InlineData("PT30M")]
    [InlineData("P7D")]
    [InlineData("P2D")]
    [InlineData("PT24H")]
    [InlineData("P1DT12H")]
    [InlineData("1wd")]
    [InlineData("2wd")]
    [InlineData("eod")]
    [InlineData("monday@09:00")]
    [InlineData("eoq")]
    public void Parse_ValidText_RoundTrips(string text) => Assert.Equal(text, DeadlineSpec.Parse(text).ToString());

    [Fact]
    public void Parse_EachForm_GivesItsKind()
    {
        Assert.Equal(TimeSpan.FromHours(24), Assert.IsType<DeadlineSpec.Elapsed>(DeadlineSpec.Parse("PT24H")).Length);
        Assert.Equal(TimeSpan.FromDays(7), Assert.IsType<DeadlineSpec.Elapsed>(DeadlineSpec.Parse("P7D")).Length);
        Assert.Equal(2, Assert.IsType<DeadlineSpec.WorkingDays>(DeadlineSpec.Parse("2wd")).Days);
        Assert.Equal(new LocalTime(9, 0), Assert.IsType<DeadlineSpec.NextWeekStart>(DeadlineSpec.Parse("monday@09:00")).Time);
        Assert.IsType<DeadlineSpec.EndOfWorkingDay>(DeadlineSpec.Parse("eod"));
        Assert.IsType<DeadlineSpec.EndOfQuarter>(DeadlineSpec.Parse("eoq"));
        Assert.Equal(DeadlineSpec.Parse("2wd"), DeadlineSpec.Parse("2wd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("2 wd")]
    [InlineData("wd")]
    [InlineData("0wd")]
    [InlineData("02wd")]
    [InlineData("-1wd")]
    [InlineData("999wd")]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("PT0S")]
    [InlineData("P-1D")]
    [InlineData("P400D")]
    [InlineData("PT2h")]
    [InlineData("PT")]
    [InlineData("monday@9")]
    [InlineData("monday@25:00")]
    [InlineData("tuesday@09:00")]
    [InlineData("EOD")]
    [InlineData("eod ")]
    [InlineData("2 hours")]
    public void TryParse_Invalid_FailsWithMessage(string text)
    {
        Assert.False(DeadlineSpec.TryParse(text, out var spec, out var error));
        Assert.Null(spec);
        Assert.False(string.IsNullOrWhiteSpace(error));
        var ex = Assert.Throws<FormatException>(() => DeadlineSpec.Parse(text));
        Assert.Equal(error, ex.Message);
    }

    [Fact]
    public void TryParse_Weeks_ExplainsToWriteDays()
    {
        Assert.False(DeadlineSpec.TryParse("P1W", out _, out var error));
        Assert.Contains("P7D", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WritesAndReadsTextForm()
    {
        var json = JsonSerializer.Serialize(new Rule("R-FU-7", DeadlineSpec.Parse("2wd")));

        Assert.Equal("""{"Id":"R-FU-7","Due":"2wd"}""", json);
        Assert.Equal(DeadlineSpec.Parse("2wd"), JsonSerializer.Deserialize<Rule>(json)!.Due);
    }

    [Theory]
    [InlineData("""{"Id":"x","Due":"3 days"}""")]
    [InlineData("""{"Id":"x","Due":2}""")]
    public void Json_Invalid_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rule>(json));

    [Theory]
    [InlineData("PT2H", "2026-11-20 17:00", "2026-11-20 19:00")] // elapsed: clock hours, not working hours
    [InlineData("P7D", "2026-09-30 10:00", "2026-10-07 10:00")]
    [InlineData("2wd", "2026-09-30 10:00", "2026-10-09 18:00")]
    [InlineData("eod", "2026-09-30 18:30", "2026-10-08 18:00")]
    [InlineData("monday@09:00", "2026-09-30 10:00", "2026-10-08 09:00")]
    [InlineData("eoq", "2026-09-30 10:00", "2026-09-30 18:00")]
    public void Resolve_EachForm_UsesCalendar(string spec, string from, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.Resolve(Shanghai(from), DeadlineSpec.Parse(spec)));

    private sealed record Rule(string Id, DeadlineSpec Due);
}
