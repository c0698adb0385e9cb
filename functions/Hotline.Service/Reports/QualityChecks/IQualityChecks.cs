using System.Collections.Concurrent;
using Hotline.Domain.Reports.QualityChecks;

namespace Hotline.Service.Reports.QualityChecks;

/// <summary>The managers' weekly quality checks (R-RP-1), one per profile and week, and the reminders sent about missing ones.</summary>
public interface IQualityChecks
{
    Task<WeeklyQualityCheck?> GetAsync(string profileId, DateOnly week, CancellationToken cancellationToken);

    /// <summary>The profile's checks, newest week first.</summary>
    Task<IReadOnlyList<WeeklyQualityCheck>> ListAsync(string profileId, CancellationToken cancellationToken);

    /// <summary>Records the week's check once; false when the week has one already.</summary>
    Task<bool> TryAddAsync(WeeklyQualityCheck check, CancellationToken cancellationToken);

    Task<bool> ReminderSentAsync(string profileId, string key, CancellationToken cancellationToken);

    /// <summary>Records a reminder once; false when its key was recorded already.</summary>
    Task<bool> TryAddReminderAsync(QualityCheckReminderRecord reminder, CancellationToken cancellationToken);
}

/// <summary>A reminder as it went out: to whom (staff ids), the text, when.</summary>
public sealed record QualityCheckReminderRecord(string Key, string ProfileId, DateOnly Week, IReadOnlyList<string> SentTo, string Text, DateTimeOffset AtUtc);

public sealed class InMemoryQualityChecks : IQualityChecks
{
    private readonly ConcurrentDictionary<(string Profile, DateOnly Week), WeeklyQualityCheck> _checks = new();
    private readonly ConcurrentDictionary<(string Profile, string Key), QualityCheckReminderRecord> _reminders = new();

    public Task<WeeklyQualityCheck?> GetAsync(string profileId, DateOnly week, CancellationToken cancellationToken) =>
        Task.FromResult(_checks.GetValueOrDefault((profileId, week)));

    public Task<IReadOnlyList<WeeklyQualityCheck>> ListAsync(string profileId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WeeklyQualityCheck>>([.. _checks.Values.Where(c => c.ProfileId == profileId).OrderByDescending(c => c.Week)]);

    public Task<bool> TryAddAsync(WeeklyQualityCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Task.FromResult(_checks.TryAdd((check.ProfileId, check.Week), check));
    }

    public Task<bool> ReminderSentAsync(string profileId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_reminders.ContainsKey((profileId, key)));

    public Task<bool> TryAddReminderAsync(QualityCheckReminderRecord reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Task.FromResult(_reminders.TryAdd((reminder.ProfileId, reminder.Key), reminder));
    }
}
