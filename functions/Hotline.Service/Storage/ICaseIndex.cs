using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Search;

namespace Hotline.Service.Storage;

/// <summary>
/// The lookups search, caller history, "my queue" and the counts need, answered from index rows the store writes with
/// the case commit (like the report projection), so that none of them reads every case. Lists are newest first and
/// paged: a page may hold fewer than asked, even none, with a continuation token; follow it until it is null.
/// </summary>
public interface ICaseIndex
{
    /// <summary>Cases whose caller rang from this number.</summary>
    /// <exception cref="FormatException">The continuation token is not one this index issued.</exception>
    Task<CaseIdPage> ByPhoneAsync(PhoneNumber phone, int max, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Cases whose caller's number ends with these four digits, and cases whose short reference they are.</summary>
    Task<CaseIdPage> ByLastDigitsAsync(string digits, int max, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Cases received in [<paramref name="sinceUtc"/>, <paramref name="untilUtc"/>] whose search text (<see cref="SearchText.Of"/>) holds the needle.</summary>
    Task<CaseIdPage> ByTextAsync(SearchTerm.ForText term, DateTimeOffset sinceUtc, DateTimeOffset untilUtc, int max, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Every open (not terminal) case as its index row: what counts and queues filter on without the snapshot.</summary>
    Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken);
}

public sealed record CaseIdPage(IReadOnlyList<CaseId> Ids, string? ContinuationToken);

/// <summary>An open case as the open-case index keeps it: the columns counts, visibility and queues need.</summary>
/// <param name="Parties">Everyone with a part (<see cref="CaseParties"/>).</param>
public sealed record OpenCase(
    CaseId Id,
    string ProfileId,
    CaseStatus Status,
    Urgency Urgency,
    DateTimeOffset? HandlingDueUtc,
    DateTimeOffset? NextDueUtc,
    string? Unit,
    string? BuildingUnit,
    bool UpstreamItem,
    IReadOnlyList<string> Parties)
{
    public static OpenCase Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new OpenCase(
            state.Id, state.ProfileId, state.Status, state.Urgency, state.HandlingDueUtc, CaseDeadlines.NextDue(state), state.Team.Unit, state.BuildingUnit,
            state.Upstream is not null, [.. CaseParties.Of(state).Select(p => p.Value)]);
    }

    /// <summary>Open and past its handling limit (<see cref="CaseQueries.IsOverdue"/> over the row).</summary>
    public bool IsOverdue(DateTimeOffset asOf) => Status is CaseStatus.Dispatched or CaseStatus.InProgress && HandlingDueUtc <= asOf;
}

/// <summary>Index keys shared by the stores.</summary>
public static class CaseIndexKeys
{
    /// <summary>
    /// The case id with every digit d written 9 − d: in ascending (ordinal) order these keys list the newest case first,
    /// which is the only order a Table partition can be read in.
    /// </summary>
    public static string NewestFirst(CaseId id) => Invert(id.Value);

    public static CaseId FromNewestFirst(string key) => CaseId.Parse(Invert(key));

    private static string Invert(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = char.IsAsciiDigit(t[i]) ? (char)('9' - t[i] + '0') : t[i];
        }
    });
}
