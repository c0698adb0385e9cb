using System.Globalization;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports.Submissions;

/// <summary>Which monthly deadline a reminder is about.</summary>
public enum ReminderKind
{
    /// <summary>Before the roll-up day: the month's report is to be reviewed and approved (每月20日前 审核、审批).</summary>
    RollUpDue,
    /// <summary>Before the upstream day: the approved report is to go to the upstream office (23日前上报物业办).</summary>
    UpstreamDue,
    /// <summary>The upstream day closed without a submission: the manager is told.</summary>
    UpstreamOverdue,
}

/// <summary>Who must hear: whoever holds the report's next step, or the manager once the day has passed.</summary>
public enum ReminderAudience
{
    /// <summary>The hotline agents (专线员): prepare, prepare again after a return, or submit upstream.</summary>
    Preparer,
    Reviewer,
    Approver,
}

/// <summary>One reminder to send now. <see cref="Key"/> is sent once: the sweep records it and asks again each minute.</summary>
public sealed record DueReminder(string Key, string ProfileId, string Period, ReminderKind Kind, ReminderAudience Audience, DateTimeOffset DeadlineUtc, string Text);

/// <summary>
/// R-RP-9 "the system reminds before the day": from the profile's calendar and the month's submission, the reminders
/// due at <c>now</c>. Each deadline's reminder goes out from the opening of the working day
/// <see cref="ReportApprovalPolicy.RemindWorkingDaysBefore"/> working days before it (weekends and holidays skipped,
/// as the deadline itself is moved by <see cref="ReportingDeadlines"/>) until the deadline; once the upstream
/// deadline has closed without a submission, the manager (the approver) is told.
/// </summary>
/// <remarks>
/// The month is the local month of <c>now</c>, whose report is due on that month's days (the reading of
/// <see cref="MonthlyStatistics.Deadlines"/>). A host down across a whole window misses that reminder: it is a
/// reminder, and a late "before the day" message would mislead.
/// </remarks>
public static class ReportReminders
{
    public static IReadOnlyList<DueReminder> Due(Profile profile, DateTimeOffset nowUtc, ReportSubmission? monthly, IReadOnlySet<string> alreadySent)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(alreadySent);
        if (profile.Reporting.Approval is not { } chain || !chain.Covers(ReportKind.Monthly))
        {
            return [];
        }

        var calendar = profile.Calendar;
        var today = calendar.LocalDate(nowUtc);
        if (ReportingDeadlines.For(profile.Reporting, calendar, today.Year, today.Month) is not { } deadlines)
        {
            return [];
        }

        var period = ReportSubmission.PeriodKey(ReportKind.Monthly, new DateOnly(today.Year, today.Month, 1));
        var status = monthly?.Status;
        var due = new List<DueReminder>();
        void Add(ReminderKind kind, ReminderAudience audience, DateTimeOffset deadline, string text)
        {
            var key = $"{profile.Id}.{period}.{System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString())}";
            if (!alreadySent.Contains(key))
            {
                due.Add(new DueReminder(key, profile.Id, period, kind, audience, deadline, text));
            }
        }

        var month = $"{today.Year}年{today.Month}月";
        if (status is not (SubmissionStatus.Approved or SubmissionStatus.Submitted) && InWindow(profile, chain, deadlines.RollUpBy, deadlines.RollUpDueUtc, nowUtc))
        {
            Add(ReminderKind.RollUpDue, NextActor(status), deadlines.RollUpDueUtc,
                $"【报表提醒】{month}汇总报表须于{Day(deadlines.RollUpBy)}前经审核、审批，当前：{Stage(status)}。请及时办理。");
        }

        if (chain.GoesUpstream(ReportKind.Monthly) && status != SubmissionStatus.Submitted)
        {
            if (InWindow(profile, chain, deadlines.UpstreamReportBy, deadlines.UpstreamReportDueUtc, nowUtc))
            {
                Add(ReminderKind.UpstreamDue, NextActor(status), deadlines.UpstreamReportDueUtc,
                    $"【报表提醒】{month}汇总报表须于{Day(deadlines.UpstreamReportBy)}前上报物业办，当前：{Stage(status)}。请及时办理。");
            }
            else if (nowUtc >= deadlines.UpstreamReportDueUtc)
            {
                Add(ReminderKind.UpstreamOverdue, ReminderAudience.Approver, deadlines.UpstreamReportDueUtc,
                    $"【报表逾期】{month}汇总报表未于{Day(deadlines.UpstreamReportBy)}前上报物业办，当前：{Stage(status)}。请督办。");
            }
        }

        return due;
    }

    /// <summary>The opening of the working day <c>n</c> working days before <paramref name="deadlineDay"/>.</summary>
    public static DateTimeOffset RemindFrom(Profile profile, DateOnly deadlineDay, int workingDaysBefore)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var calendar = profile.Calendar;
        var day = deadlineDay;
        for (var i = 0; i < workingDaysBefore; i++)
        {
            day = ReportingDeadlines.WorkingDayOnOrBefore(calendar, day.AddDays(-1));
        }

        return ReportPeriod.Day(calendar, day).StartUtc + calendar.Definition.WorkdayStart.ToTimeOnly().ToTimeSpan();
    }

    private static bool InWindow(Profile profile, ReportApprovalPolicy chain, DateOnly deadlineDay, DateTimeOffset deadlineUtc, DateTimeOffset nowUtc) =>
        nowUtc >= RemindFrom(profile, deadlineDay, chain.RemindWorkingDaysBefore) && nowUtc < deadlineUtc;

    private static ReminderAudience NextActor(SubmissionStatus? status) => status switch
    {
        SubmissionStatus.Generated => ReminderAudience.Reviewer,
        SubmissionStatus.Reviewed => ReminderAudience.Approver,
        _ => ReminderAudience.Preparer, // not prepared, returned, or approved and waiting to go upstream
    };

    private static string Stage(SubmissionStatus? status) => status switch
    {
        null => "尚未生成",
        SubmissionStatus.Generated => "待审核",
        SubmissionStatus.Returned => "已退回，待重新整理",
        SubmissionStatus.Reviewed => "已审核，待经理审批",
        SubmissionStatus.Approved => "已审批，待上报",
        _ => "已上报",
    };

    private static string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日");
}
