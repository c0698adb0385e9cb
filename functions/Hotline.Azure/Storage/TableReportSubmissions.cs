using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Reports.Submissions;
using Hotline.Service.Reports.Submissions;
using Hotline.Service.Serialization;

namespace Hotline.Azure.Storage;

/// <summary>
/// Report submissions (R-RP-9) in <c>{prefix}ReportSubmissions</c> (partition = profile, row = submission id) and their
/// reminders in <c>{prefix}ReportReminders</c> (partition = profile, row = reminder key). A submission is stored whole as
/// JSON, its snapshot included, split over <c>Json0…JsonN</c> when long; an update replaces the row only under the
/// ETag of the version it was read at, so concurrent steps cannot both win.
/// </summary>
public sealed class TableReportSubmissions(TableServiceClient service, string prefix) : IReportSubmissions
{
    private const int ChunkLength = 30_000;
    private const int MaxChunks = 30;
    private static readonly JsonSerializerOptions StoredJson = new(HotlineJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TableClient _submissions = service.GetTableClient(prefix + "ReportSubmissions");
    private readonly TableClient _reminders = service.GetTableClient(prefix + "ReportReminders");

    public Task CreateTablesAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                await _submissions.CreateIfNotExistsAsync(cancellationToken);
                await _reminders.CreateIfNotExistsAsync(cancellationToken);
            },
            cancellationToken);

    public Task<ReportSubmission?> GetAsync(string profileId, string id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _submissions.GetEntityIfExistsAsync<TableEntity>(
                    TableKeys.Validate(profileId, nameof(profileId)), TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? Read<ReportSubmission>(e) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<ReportSubmission>> ListAsync(string profileId, ReportKind? kind, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var list = new List<ReportSubmission>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))}");
                await foreach (var e in _submissions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    list.Add(Read<ReportSubmission>(e));
                }

                return (IReadOnlyList<ReportSubmission>)[.. list.Where(s => kind is null || s.Kind == kind).OrderByDescending(s => s.FirstDay).ThenBy(s => s.Kind)];
            },
            cancellationToken);

    public Task<bool> TrySaveAsync(ReportSubmission submission, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var entity = TableKeys.Validate(Write(new TableEntity(submission.ProfileId, submission.Id) { ["Version"] = submission.Version }, submission));
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    if (expectedVersion == 0)
                    {
                        await _submissions.AddEntityAsync(entity, cancellationToken);
                        return true;
                    }

                    var row = await _submissions.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
                    if (!row.HasValue || row.Value is not { } stored || stored.GetInt32("Version") != expectedVersion)
                    {
                        return false;
                    }

                    await _submissions.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ReminderRecord>> RemindersAsync(string profileId, string period, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var list = new List<ReminderRecord>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))} and Period eq {period}");
                await foreach (var e in _reminders.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    list.Add(Read<ReminderRecord>(e));
                }

                return (IReadOnlyList<ReminderRecord>)[.. list.OrderBy(r => r.AtUtc)];
            },
            cancellationToken);

    public Task<bool> TryAddReminderAsync(ReminderRecord reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var entity = TableKeys.Validate(Write(new TableEntity(reminder.ProfileId, reminder.Key) { ["Period"] = reminder.Period }, reminder));
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _reminders.AddEntityAsync(entity, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    private static TableEntity Write<T>(TableEntity entity, T value)
    {
        var json = JsonSerializer.Serialize(value, StoredJson);
        var chunks = Math.Max(1, (json.Length + ChunkLength - 1) / ChunkLength);
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"{entity.RowKey} has {json.Length} characters; a Table entity holds at most {MaxChunks * ChunkLength}.");
        }

        entity["Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkLength;
            entity["Json" + i.ToString(CultureInfo.InvariantCulture)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }

        return entity;
    }

    private static T Read<T>(TableEntity entity)
    {
        var chunks = entity.GetInt32("Chunks") ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString("Json" + i.ToString(CultureInfo.InvariantCulture))));
        return JsonSerializer.Deserialize<T>(json, StoredJson) ?? throw new InvalidOperationException($"Row {entity.PartitionKey}/{entity.RowKey} is empty.");
    }
}
