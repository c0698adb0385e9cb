using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Calendar;
using NodaTime;

namespace Hotline.Domain.Tests.Calendar;

/// <summary>Properties over any instant from December 2025 to January 2027 (all of the 2026 schedule).</summary>
public sealed class CalendarPropertyTests
{
    private const int Days = 62 * 7;
    private static readonly DateTimeOffset Origin = Calendars.Shanghai("2025-12-01 00:00");
    private static readonly BusinessCalendar Calendar = Calendars.China2026;
    private static readonly TimeSpan[] EdgeTimes =
        [TimeSpan.Zero, new(8, 30, 0), new(17, 59, 59), new(18, 0, 0), new(18, 0, 1), new(23, 59, 59)];

    // Half uniform (second resolution), half on the local edges of a day, which uniform sampling would rarely hit.
    private static readonly Gen<DateTimeOffset> Instants = Gen.OneOf(
        Gen.Choose(0, Days * 24 * 3600).Select(seconds => Origin.AddSeconds(seconds)),
        Gen.Choose(0, Days).Zip(Gen.Elements(EdgeTimes)).Select(p => Origin.AddDays(p.Item1) + p.Item2));

    [Fact]
    [Trait("Rule", "R-FU-2")]
    public void EndOfWorkingDay_AnyInstant_IsLaterAndAWorkingDayClose() =>
        Prop.ForAll(Instants.ToArbitrary(), at =>
        {
            var end = Calendar.EndOfWorkingDay(at);
            var local = Instant.FromDateTimeOffset(end).InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
            return end > at
                && Calendar.IsWorkingDay(Calendar.LocalDate(end))
                && local.TimeOfDay == Calendar.Definition.WorkdayEnd;
        }).QuickCheckThrowOnFailure();

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void AddWorkingDays_AnyInstant_StrictlyIncreasingInDays() =>
        Prop.ForAll(Instants.Zip(Gen.Choose(0, 20)).ToArbitrary(), input =>
        {
            var (at, days) = input;
            return Calendar.AddWorkingDays(at, days) < Calendar.AddWorkingDays(at, days + 1);
        }).QuickCheckThrowOnFailure();
}
