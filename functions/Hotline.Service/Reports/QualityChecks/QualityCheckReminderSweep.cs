using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Sms;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Reports.QualityChecks;

/// <summary>
/// R-RP-1: run by the periodic sweep, tells the managers by SMS when the last week passed without its quality check
/// (<see cref="QualityCheckReminder.Due"/>), and records the reminder once.
/// </summary>
/// <remarks>
/// Sent by <see cref="StaffReminderSms"/> as the report reminders are: recorded after the sends, so a transient failure
/// is sent again next round under the same ids and not delivered twice.
/// </remarks>
public sealed partial class QualityCheckReminderSweep(
    ProfileRegistry profiles, IQualityChecks store, IStaffDirectory directory, ISmsGateway gateway, TimeProvider clock, ILogger<QualityCheckReminderSweep> logger)
{
    /// <summary>Returns how many reminders were recorded this round.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recorded = 0;
        foreach (var profile in profiles.All.Where(p => p.Reporting.WeeklyQualityCheck))
        {
            var week = QualityCheckReminder.LastClosedWeek(profile, now);
            var key = QualityCheckReminder.KeyFor(profile.Id, week);
            var done = await store.GetAsync(profile.Id, week, cancellationToken) is not null;
            if (QualityCheckReminder.Due(profile, now, done, done || await store.ReminderSentAsync(profile.Id, key, cancellationToken)) is not { } due)
            {
                continue;
            }

            var managers = (await directory.ListAsync(cancellationToken)).Select(s => s.Member).Where(m => m.Has(Role.Manager)).ToList();
            if (await SendAsync(due, managers, now, cancellationToken) is { } record && await store.TryAddReminderAsync(record, cancellationToken))
            {
                recorded++;
            }
        }

        return recorded;
    }

    private async Task<QualityCheckReminderRecord?> SendAsync(
        DueQualityCheckReminder due, List<StaffMember> managers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await StaffReminderSms.SendAsync(
                gateway, $"quality-check-reminder.{due.Key}", managers, due.Text, now, phone => LogRetry(logger, due.Key, phone), cancellationToken)
            is not { } sends)
        {
            return null;
        }

        if (managers.Count == 0)
        {
            LogNobody(logger, due.Key);
        }

        return new QualityCheckReminderRecord(due.Key, due.ProfileId, due.Week, sends.Accepted, due.Text, now);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quality check reminder {Key}: no manager in the directory")]
    private static partial void LogNobody(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quality check reminder {Key} to {Phone} not sent (transient); retrying next round")]
    private static partial void LogRetry(ILogger logger, string key, string phone);
}
