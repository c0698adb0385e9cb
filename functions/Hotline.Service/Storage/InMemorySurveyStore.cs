using Hotline.Domain.Surveys;

namespace Hotline.Service.Storage;

/// <summary>Surveys in memory, for tests and the in-memory host; the shared contract tests hold it to <see cref="ISurveyStore"/>.</summary>
public sealed class InMemorySurveyStore()
    : InMemoryDocumentStore<SatisfactionSurvey, StoredSurvey>("Survey", s => s.Id, (s, etag) => new StoredSurvey(s, etag)), ISurveyStore
{
    public Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredSurvey>>(
            [.. Snapshot().Where(s => s.Survey.ProfileId == profileId).OrderByDescending(s => s.Survey.From).ThenBy(s => s.Survey.Id, StringComparer.Ordinal)]);
}
