using System.Globalization;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports.QualityChecks;

/// <summary>A reminder to the managers: the week passed without its quality check. <see cref="Key"/> is sent once.</summary>
public sealed record DueQualityCheckReminder(string Key, string ProfileId, DateOnly Week, string Text);

/// <summary>
/// R-RP-1: where the profile keeps the weekly check (<see cref="ReportingPolicy.WeeklyQualityCheck"/>), a closed week without
/// one is reminded from the opening of the next working day until the end of the week after it; then the reminder is
/// stale (a later check is still recorded, and its absence stays visible in the list). Pure: the instant is passed in.
/// </summary>
public static class QualityCheckReminder
{
    public static string KeyFor(string profileId, DateOnly week) =>
        string.Create(CultureInfo.InvariantCulture, $"{profileId}.quality-check.{week:yyyy-MM-dd}");

    /// <summary>The last closed week's Monday, whose check is asked about at <paramref name="nowUtc"/>.</summary>
    public static DateOnly LastClosedWeek(Profile profile, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ReportPeriod.Week(profile.Calendar, profile.Calendar.LocalDate(nowUtc)).FirstDay.AddDays(-7);
    }

    /// <param name="checkedAlready">Whether the last closed week's check is on record.</param>
    /// <param name="sentAlready">Whether this reminder was recorded already.</param>
    public static DueQualityCheckReminder? Due(Profile profile, DateTimeOffset nowUtc, bool checkedAlready, bool sentAlready)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.Reporting.WeeklyQualityCheck || checkedAlready || sentAlready)
        {
            return null;
        }

        var calendar = profile.Calendar;
        var week = ReportPeriod.Week(calendar, LastClosedWeek(profile, nowUtc));
        var day = week.LastDay.AddDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var from = ReportPeriod.Day(calendar, day).StartUtc + calendar.Definition.WorkdayStart.ToTimeOnly().ToTimeSpan();
        if (nowUtc < from)
        {
            return null;
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"【质量检查提醒】{week.FirstDay.Month}月{week.FirstDay.Day}日至{week.LastDay.Month}月{week.LastDay.Day}日一周的投诉质量记录尚未检查登记（管理处负责人每周检查一次）。请检查并登记。");
        return new DueQualityCheckReminder(KeyFor(profile.Id, week.FirstDay), profile.Id, week.FirstDay, text);
    }
}
