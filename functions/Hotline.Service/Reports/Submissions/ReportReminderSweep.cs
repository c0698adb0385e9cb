using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Sms;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Reports.Submissions;

/// <summary>
/// R-RP-9 "the system reminds before the day": run by the existing periodic sweep of each host (the local
/// ReconcilerService, the Functions Sweeper), it sends the reminders <see cref="ReportReminders.Due"/> names by SMS and
/// records each once in the submission store.
/// </summary>
/// <remarks>
/// Sent by <see cref="StaffReminderSms"/>: straight to the gateway under stable message ids, recorded after the sends,
/// so a transient failure leaves it unrecorded and the next round sends again under the same ids.
/// Recipients: the step's holders from the directory — the preparer is the agent who generated the report, or every
/// hotline agent while there is none.
/// </remarks>
public sealed partial class ReportReminderSweep(
    ProfileRegistry profiles, IReportSubmissions store, IStaffDirectory directory, ISmsGateway gateway, TimeProvider clock, ILogger<ReportReminderSweep> logger)
{
    /// <summary>Returns how many reminders were recorded this round.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recorded = 0;
        IReadOnlyList<StaffRecord>? staff = null;
        foreach (var profile in profiles.All.Where(p => p.Reporting.Approval is not null))
        {
            var today = profile.Calendar.LocalDate(now);
            var first = new DateOnly(today.Year, today.Month, 1);
            var monthly = await store.GetAsync(profile.Id, ReportSubmission.IdFor(profile.Id, ReportKind.Monthly, first), cancellationToken);
            var period = ReportSubmission.PeriodKey(ReportKind.Monthly, first);
            var sent = (await store.RemindersAsync(profile.Id, period, cancellationToken)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var due in ReportReminders.Due(profile, now, monthly, sent))
            {
                staff ??= await directory.ListAsync(cancellationToken);
                if (await SendAsync(profile, due, monthly, staff, now, cancellationToken) is { } record
                    && await store.TryAddReminderAsync(record, cancellationToken))
                {
                    recorded++;
                }
            }
        }

        return recorded;
    }

    private async Task<ReminderRecord?> SendAsync(
        Profile profile, DueReminder due, ReportSubmission? monthly, IReadOnlyList<StaffRecord> staff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = Recipients(profile.Reporting.Approval!, due.Audience, monthly, staff);
        if (recipients.Count == 0)
        {
            LogNobody(logger, due.Key, due.Audience);
            return new ReminderRecord(due.Key, profile.Id, due.Period, due.Kind, [], due.Text, now, $"No one in the directory holds the {due.Audience} step; not sent.");
        }

        if (await StaffReminderSms.SendAsync(
                gateway, $"report-reminder.{due.Key}", recipients, due.Text, now, phone => LogRetry(logger, due.Key, phone), cancellationToken)
            is not { } sends)
        {
            return null; // not recorded: the next round sends again under the same ids
        }

        return new ReminderRecord(due.Key, profile.Id, due.Period, due.Kind, sends.Accepted, due.Text, now,
            sends.Refused.Count == 0 ? null : $"Refused by the SMS provider for: {string.Join(", ", sends.Refused)}.");
    }

    private static List<StaffMember> Recipients(ReportApprovalPolicy chain, ReminderAudience audience, ReportSubmission? monthly, IReadOnlyList<StaffRecord> staff)
    {
        var members = staff.Select(s => s.Member).ToList();
        return audience switch
        {
            ReminderAudience.Reviewer => [.. members.Where(chain.Reviewer.Matches)],
            ReminderAudience.Approver => [.. members.Where(chain.Approver.Matches)],
            _ when monthly is not null && members.FirstOrDefault(m => m.Id == monthly.GeneratedBy) is { } preparer => [preparer],
            _ => [.. members.Where(m => m.Has(Role.Agent))],
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report reminder {Key}: no one holds the {Audience} step")]
    private static partial void LogNobody(ILogger logger, string key, ReminderAudience audience);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report reminder {Key} to {Phone} not sent (transient); retrying next round")]
    private static partial void LogRetry(ILogger logger, string key, string phone);
}
