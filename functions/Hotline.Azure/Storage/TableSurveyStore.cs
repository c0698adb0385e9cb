using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Surveys;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Satisfaction surveys (R-RV-7) in <c>{prefix}Surveys</c>: one partition ("survey"), one row per survey keyed by id, the
/// survey as JSON plus the ProfileId column lists filter on. A profile runs a few surveys a year, so one partition is ample.
/// </summary>
public sealed class TableSurveyStore(TableServiceClient service, string prefix) : ISurveyStore
{
    private const string Partition = "survey";

    private readonly TableClient _table = service.GetTableClient(prefix + "Surveys");

    public Task CreateTableAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<StoredSurvey?> GetAsync(string id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? Read(e) : null;
            },
            cancellationToken);

    public Task<StoredSurvey> SaveAsync(SatisfactionSurvey survey, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var entity = new TableEntity(Partition, TableKeys.Validate(survey.Id, nameof(survey.Id))) { ["ProfileId"] = survey.ProfileId };
        DocumentRows.Write(entity, survey);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    var response = expectedETag is null
                        ? await _table.AddEntityAsync(entity, cancellationToken)
                        : await _table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
                    return new StoredSurvey(survey, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"No ETag for survey {survey.Id}."));
                }
                catch (RequestFailedException e) when (DocumentRows.IsConflict(e))
                {
                    throw new ConcurrencyException($"Survey {survey.Id} changed since it was read.", e);
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var found = new List<StoredSurvey>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ProfileId eq {profileId}");
                await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    found.Add(Read(row));
                }

                return (IReadOnlyList<StoredSurvey>)[.. found.OrderByDescending(s => s.Survey.From).ThenBy(s => s.Survey.Id, StringComparer.Ordinal)];
            },
            cancellationToken);

    private static StoredSurvey Read(TableEntity entity) => new(DocumentRows.Read<SatisfactionSurvey>(entity), entity.ETag.ToString());
}
