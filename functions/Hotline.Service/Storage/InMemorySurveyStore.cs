using Hotline.Domain.Surveys;

namespace Hotline.Service.Storage;

/// <summary>Surveys in memory, for tests and the in-memory host; the shared contract tests hold it to <see cref="ISurveyStore"/>.</summary>
public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredSurvey> _surveys = new(StringComparer.Ordinal);
    private long _tag;

    public Task<StoredSurvey?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_surveys.GetValueOrDefault(id));
        }
    }

    public Task<StoredSurvey> SaveAsync(SatisfactionSurvey survey, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        lock (_gate)
        {
            var existing = _surveys.GetValueOrDefault(survey.Id);
            if (expectedETag is null ? existing is not null : existing?.ETag != expectedETag)
            {
                throw new ConcurrencyException($"Survey {survey.Id} changed since it was read.");
            }

            var saved = new StoredSurvey(survey, $"W/\"{++_tag}\"");
            _surveys[survey.Id] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredSurvey>>(
                [.. _surveys.Values.Where(s => s.Survey.ProfileId == profileId).OrderByDescending(s => s.Survey.From).ThenBy(s => s.Survey.Id, StringComparer.Ordinal)]);
        }
    }
}
