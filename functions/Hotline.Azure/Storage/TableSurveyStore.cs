using Azure.Data.Tables;
using Hotline.Domain.Surveys;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Satisfaction surveys (R-RV-7) in <c>{prefix}Surveys</c>: one partition ("survey"), one row per survey keyed by id, the
/// survey as JSON plus the ProfileId column lists filter on. A profile runs a few surveys a year, so one partition is ample.
/// </summary>
public sealed class TableSurveyStore(TableServiceClient service, string prefix)
    : TableDocumentStore<SatisfactionSurvey, StoredSurvey>(service, prefix + "Surveys", "survey", "survey"), ISurveyStore
{
    public Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken) =>
        QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ProfileId eq {profileId}"),
            found => found.OrderByDescending(s => s.Survey.From).ThenBy(s => s.Survey.Id, StringComparer.Ordinal),
            cancellationToken);

    protected override string IdOf(SatisfactionSurvey document) => document.Id;

    protected override StoredSurvey Stored(SatisfactionSurvey document, string etag) => new(document, etag);

    protected override void Columns(TableEntity entity, SatisfactionSurvey document) => entity["ProfileId"] = document.ProfileId;
}
