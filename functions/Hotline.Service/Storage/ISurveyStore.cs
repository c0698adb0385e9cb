using Hotline.Domain.Surveys;

namespace Hotline.Service.Storage;

/// <summary>
/// Where satisfaction surveys (R-RV-7) live: one document per survey, written whole, saves guarded by ETags
/// (<see cref="IDocumentStore{TDocument, TStored}"/>).
/// </summary>
public interface ISurveyStore : IDocumentStore<SatisfactionSurvey, StoredSurvey>
{
    /// <summary>The profile's surveys, newest period first (then id). A profile holds a few a year, so there is no paging.</summary>
    Task<IReadOnlyList<StoredSurvey>> ListAsync(string profileId, CancellationToken cancellationToken);
}

public sealed record StoredSurvey(SatisfactionSurvey Survey, string ETag) : IStoredDocument;
