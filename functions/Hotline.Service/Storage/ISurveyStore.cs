using Hotline.Domain.Surveys;

namespace Hotline.Service.Storage;

/// <summary>
/// Where satisfaction surveys (R-RV-7) live: one document per survey, written whole. <see cref="SaveAsync"/> writes only
/// if the survey is still the one the change was decided on (optimistic concurrency with ETags, as <see cref="ICaseStore"/>).
/// </summary>
public interface ISurveyStore
{
    Task<StoredSurvey?> GetAsync(string id, CancellationToken cancellationToken);

    /// <param name="expectedETag">Null to create the survey (fails if it exists).</param>
    /// <exception cref="ConcurrencyException">The survey changed (or already exists) since it was read.</exception>
    Task<StoredSurvey> SaveAsync(SatisfactionSurvey survey, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>The profile's surveys, newest period first (then id). A profile holds a few a year, so there is no paging.</summary>
    Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken);
}

public sealed record StoredSurvey(SatisfactionSurvey Survey, string ETag);
