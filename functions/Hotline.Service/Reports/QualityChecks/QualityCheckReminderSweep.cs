using Hotline.Domain.Privacy;
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
/// As <see cref="Submissions.ReportReminderSweep"/>: straight to the gateway with a stable message id, recorded after the
/// sends, so a transient failure is sent again next round under the same ids and not delivered twice.
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
        var accepted = new List<string>();
        foreach (var member in managers)
        {
            var outcome = await gateway.SendAsync(new OutgoingSms($"quality-check-reminder.{due.Key}.{member.Id.Value}", member.Phone.E164, due.Text, now), cancellationToken);
            if (outcome is SmsSendOutcome.TransientFailure)
            {
                LogRetry(logger, due.Key, Mask.Phone(member.Phone.E164));
                return null;
            }

            if (outcome.IsSuccess)
            {
                accepted.Add(member.Id.Value);
            }
        }

        if (managers.Count == 0)
        {
            LogNobody(logger, due.Key);
        }

        return new QualityCheckReminderRecord(due.Key, due.ProfileId, due.Week, accepted, due.Text, now);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quality check reminder {Key}: no manager in the directory")]
    private static partial void LogNobody(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quality check reminder {Key} to {Phone} not sent (transient); retrying next round")]
    private static partial void LogRetry(ILogger logger, string key, string phone);
}
