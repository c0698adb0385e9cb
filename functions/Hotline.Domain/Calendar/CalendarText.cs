using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Calendar;

/// <summary>Culture-invariant text forms shared by the calendar (SMS text, error messages, specs).</summary>
internal static class CalendarText
{
    /// <summary>"18:00": local times in specs and messages.</summary>
    public static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>"11-22 18:00": short enough for an SMS, unambiguous within the year it is sent.</summary>
    public static readonly LocalDateTimePattern Short = LocalDateTimePattern.CreateWithInvariantCulture("MM'-'dd HH':'mm");

    /// <summary>"11-21": the date part of <see cref="Short"/>.</summary>
    public static readonly LocalDatePattern ShortDate = LocalDatePattern.CreateWithInvariantCulture("MM'-'dd");

    public static string Time(LocalTime time) => HourMinute.Format(time);
}
