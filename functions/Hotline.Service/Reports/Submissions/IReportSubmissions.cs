using Hotline.Domain.Reports.Submissions;

namespace Hotline.Service.Reports.Submissions;

/// <summary>Report submissions (R-RP-9) and the reminders sent about them, one row per profile, kind and period.</summary>
public interface IReportSubmissions
{
    Task<ReportSubmission?> GetAsync(string profileId, string id, CancellationToken cancellationToken);

    /// <summary>The profile's submissions, newest period first; <paramref name="kind"/> narrows to one kind.</summary>
    Task<IReadOnlyList<ReportSubmission>> ListAsync(string profileId, ReportKind? kind, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="submission"/> when the stored one is at <paramref name="expectedVersion"/> (0: none stored
    /// yet). False when someone else changed it first: nothing is written.
    /// </summary>
    Task<bool> TrySaveAsync(ReportSubmission submission, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>The reminders recorded for the profile's period ("2026-11").</summary>
    Task<IReadOnlyList<ReminderRecord>> RemindersAsync(string profileId, string period, CancellationToken cancellationToken);

    /// <summary>Records a reminder once; false when its key was recorded already.</summary>
    Task<bool> TryAddReminderAsync(ReminderRecord reminder, CancellationToken cancellationToken);
}

/// <summary>A reminder as it went out: to whom (staff ids), the text, when — or why it reached nobody.</summary>
/// <param name="Note">Set when no one in the directory holds the step, so the reminder was recorded but not sent.</param>
public sealed record ReminderRecord(
    string Key, string ProfileId, string Period, ReminderKind Kind, IReadOnlyList<string> SentTo, string Text, DateTimeOffset AtUtc, string? Note = null);
