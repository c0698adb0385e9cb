using System.Globalization;
using Azure.Data.Tables;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Service.Reports.QualityChecks;

namespace Hotline.Azure.Storage;

/// <summary>
/// The weekly quality checks (R-RP-1) in <c>{prefix}QualityChecks</c>: partition = profile, row "check.{Monday}" for a
/// check and "reminder.{key}" for a reminder about a missing one; both inserted only, so a week is checked and reminded once.
/// </summary>
public sealed class TableQualityChecks(TableServiceClient service, string prefix) : IQualityChecks
{
    private const string CheckRow = "check.";
    private const string ReminderRow = "reminder.";

    private readonly InsertOnlyTable _table = new(service, prefix + "QualityChecks");

    public Task CreateTableAsync(CancellationToken cancellationToken) => _table.CreateAsync(cancellationToken);

    public Task<WeeklyQualityCheck?> GetAsync(string profileId, DateOnly week, CancellationToken cancellationToken) =>
        _table.GetAsync<WeeklyQualityCheck>(TableKeys.Validate(profileId, nameof(profileId)), CheckRow + Day(week), cancellationToken);

    public async Task<IReadOnlyList<WeeklyQualityCheck>> ListAsync(string profileId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))} and RowKey ge {CheckRow} and RowKey lt {"check/"}");
        var checks = await _table.QueryAsync<WeeklyQualityCheck>(filter, cancellationToken);
        return [.. checks.OrderByDescending(c => c.Week)];
    }

    public Task<bool> TryAddAsync(WeeklyQualityCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return _table.TryInsertAsync(new TableEntity(check.ProfileId, CheckRow + Day(check.Week)), check, cancellationToken);
    }

    public Task<bool> ReminderSentAsync(string profileId, string key, CancellationToken cancellationToken) =>
        _table.ExistsAsync(TableKeys.Validate(profileId, nameof(profileId)), TableKeys.Validate(ReminderRow + key, nameof(key)), cancellationToken);

    public Task<bool> TryAddReminderAsync(QualityCheckReminderRecord reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return _table.TryInsertAsync(new TableEntity(reminder.ProfileId, ReminderRow + reminder.Key), reminder, cancellationToken);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
