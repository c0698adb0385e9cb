using System.Collections.Concurrent;
using Hotline.Domain.Reports.Submissions;

namespace Hotline.Service.Reports.Submissions;

public sealed class InMemoryReportSubmissions : IReportSubmissions
{
    private readonly ConcurrentDictionary<(string Profile, string Id), ReportSubmission> _submissions = new();
    private readonly ConcurrentDictionary<(string Profile, string Key), ReminderRecord> _reminders = new();
    private readonly Lock _gate = new();

    public Task<ReportSubmission?> GetAsync(string profileId, string id, CancellationToken cancellationToken) =>
        Task.FromResult(_submissions.GetValueOrDefault((profileId, id)));

    public Task<IReadOnlyList<ReportSubmission>> ListAsync(string profileId, ReportKind? kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportSubmission>>(
            [.. _submissions.Values.Where(s => s.ProfileId == profileId && (kind is null || s.Kind == kind))
                .OrderByDescending(s => s.FirstDay).ThenBy(s => s.Kind)]);

    public Task<bool> TrySaveAsync(ReportSubmission submission, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        lock (_gate)
        {
            var key = (submission.ProfileId, submission.Id);
            var current = _submissions.GetValueOrDefault(key)?.Version ?? 0;
            if (current != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _submissions[key] = submission;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<ReminderRecord>> RemindersAsync(string profileId, string period, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReminderRecord>>(
            [.. _reminders.Values.Where(r => r.ProfileId == profileId && r.Period == period).OrderBy(r => r.AtUtc)]);

    public Task<bool> TryAddReminderAsync(ReminderRecord reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Task.FromResult(_reminders.TryAdd((reminder.ProfileId, reminder.Key), reminder));
    }
}
