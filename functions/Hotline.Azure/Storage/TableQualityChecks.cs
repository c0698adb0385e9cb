using System.Globalization;
using Azure;
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

    private readonly TableClient _table = service.GetTableClient(prefix + "QualityChecks");

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<WeeklyQualityCheck?> GetAsync(string profileId, DateOnly week, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(
                    TableKeys.Validate(profileId, nameof(profileId)), CheckRow + Day(week), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? DocumentRows.Read<WeeklyQualityCheck>(e) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<WeeklyQualityCheck>> ListAsync(string profileId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var list = new List<WeeklyQualityCheck>();
                var filter = TableClient.CreateQueryFilter(
                    $"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))} and RowKey ge {CheckRow} and RowKey lt {"check/"}");
                await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    list.Add(DocumentRows.Read<WeeklyQualityCheck>(e));
                }

                return (IReadOnlyList<WeeklyQualityCheck>)[.. list.OrderByDescending(c => c.Week)];
            },
            cancellationToken);

    public Task<bool> TryAddAsync(WeeklyQualityCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var entity = new TableEntity(check.ProfileId, CheckRow + Day(check.Week));
        DocumentRows.Write(entity, check);
        return InsertAsync(entity, cancellationToken);
    }

    public Task<bool> ReminderSentAsync(string profileId, string key, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () => (await _table.GetEntityIfExistsAsync<TableEntity>(
                TableKeys.Validate(profileId, nameof(profileId)), TableKeys.Validate(ReminderRow + key, nameof(key)), ["PartitionKey"], cancellationToken)).HasValue,
            cancellationToken);

    public Task<bool> TryAddReminderAsync(QualityCheckReminderRecord reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var entity = new TableEntity(reminder.ProfileId, ReminderRow + reminder.Key);
        DocumentRows.Write(entity, reminder);
        return InsertAsync(entity, cancellationToken);
    }

    private Task<bool> InsertAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        TableKeys.Validate(entity);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
