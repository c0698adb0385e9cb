using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports.QualityChecks;

/// <summary>
/// R-RP-1 (001 篇1 §2 管理处负责人:应每周检查一次投诉的质量记录,发现问题及时处理): the manager's check of one ISO week's
/// complaint records — what was found, who checked, on which day — kept once per profile and week.
/// </summary>
/// <param name="Week">The week's Monday.</param>
/// <param name="CheckedOn">The local day the check was made (the week's days or later, never in the future).</param>
/// <param name="RecordedUtc">When it was recorded.</param>
public sealed record WeeklyQualityCheck(
    string ProfileId, DateOnly Week, DateOnly LastDay, string Findings, StaffId CheckedBy, DateOnly CheckedOn, DateTimeOffset RecordedUtc)
{
    public string Key => Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A refused check: the caller is not a manager (403), or the week or day is wrong (409 with the rule).</summary>
public sealed class QualityCheckRefusedException(bool wrongRole, string message) : InvalidOperationException(message)
{
    public const string Rule = "R-RP-1";

    public bool WrongRole { get; } = wrongRole;
}

public static class WeeklyQualityChecks
{
    /// <summary>
    /// The check of the week containing <paramref name="anyDayOfWeek"/>, made on <paramref name="checkedOn"/> (default:
    /// today, local). The week must have begun; the day must fall in it or after it, and not after today.
    /// </summary>
    public static WeeklyQualityCheck Record(
        Profile profile, DateOnly anyDayOfWeek, StaffMember by, string findings, DateOnly? checkedOn, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(findings);
        if (!by.Has(Role.Manager))
        {
            throw new QualityCheckRefusedException(true, $"R-RP-1: the weekly quality check is the manager's (管理处负责人); {by.Id} is not a manager.");
        }

        var week = ReportPeriod.Week(profile.Calendar, anyDayOfWeek);
        var today = profile.Calendar.LocalDate(nowUtc);
        var day = checkedOn ?? today;
        if (week.FirstDay > today)
        {
            throw new QualityCheckRefusedException(false, $"The week of {week.FirstDay:yyyy-MM-dd} has not begun; its records cannot be checked yet.");
        }

        if (day < week.FirstDay || day > today)
        {
            throw new QualityCheckRefusedException(false, $"The check day {day:yyyy-MM-dd} must be from {week.FirstDay:yyyy-MM-dd} up to today ({today:yyyy-MM-dd}).");
        }

        return new WeeklyQualityCheck(profile.Id, week.FirstDay, week.LastDay, findings.Trim(), by.Id, day, nowUtc.ToUniversalTime());
    }
}
