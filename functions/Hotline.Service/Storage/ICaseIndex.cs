using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Search;
using Hotline.Domain.Staff;

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

    /// <summary>Every open (not terminal) case as its index row: what counts, queues and field staff's lists filter on without the snapshot.</summary>
    Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken);
}

public sealed record CaseIdPage(IReadOnlyList<CaseId> Ids, string? ContinuationToken);

/// <summary>
/// A store whose index rows are written beside the case commit (not in it) and so may be left behind by a crash; the
/// reconciler asks it to put them right, a bounded slice a run.
/// </summary>
public interface ICaseIndexRepair
{
    /// <summary>Checks up to <paramref name="max"/> open-case rows against their cases and rewrites those that lag; returns how many it rewrote.</summary>
    Task<int> SweepOpenAsync(int max, CancellationToken cancellationToken);
}

/// <summary>
/// An open case as the open-case index keeps it: the columns counts, visibility, the list of field staff and "my queue"
/// need, so that none of them reads the case.
/// </summary>
/// <param name="Parties">Everyone with a part (<see cref="CaseParties"/>).</param>
/// <param name="Awaiting">Per party, what the case waits for from them (<see cref="CaseAwaiting"/>, without roles: see <see cref="AwaitingOf"/>).</param>
public sealed record OpenCase(
    CaseId Id,
    string ProfileId,
    CaseStatus Status,
    Urgency Urgency,
    DateTimeOffset ReceivedUtc,
    DateTimeOffset? HandlingDueUtc,
    DateTimeOffset? NextDueUtc,
    string? Unit,
    string? BuildingUnit,
    bool UpstreamItem,
    string? FirstOwner,
    string? Assignee,
    IReadOnlyList<string> Parties,
    IReadOnlyDictionary<string, AwaitedStep> Awaiting)
{
    private static readonly HashSet<Role> NoRoles = [];

    /// <param name="profile">The case's profile; without it nothing is recorded as awaited (queues then go by owner and assignee).</param>
    public static OpenCase Of(CaseState state, Profile? profile)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parties = CaseParties.Of(state);
        var awaiting = new Dictionary<string, AwaitedStep>(StringComparer.Ordinal);
        if (profile is not null)
        {
            foreach (var party in parties)
            {
                // Roles only matter to CaseAwaiting for a coordinator routing a case: AwaitingOf adds that at read time.
                if (CaseAwaiting.Of(state, new Actor(party, NoRoles), profile) is { } step)
                {
                    awaiting[party.Value] = step;
                }
            }
        }

        return new OpenCase(
            state.Id, state.ProfileId, state.Status, state.Urgency, state.ReceivedUtc, state.HandlingDueUtc, CaseDeadlines.NextDue(state), state.Team.Unit,
            state.BuildingUnit, state.Upstream is not null, state.FirstOwner.Value, state.Assignee?.Value, [.. parties.Select(p => p.Value)], awaiting);
    }

    /// <summary>
    /// What awaits the viewer, as <see cref="CaseAwaiting.Of"/> answers with their roles: anyone with the coordinator role
    /// routes a case awaiting routing (that step outranks a "收到"); every other step is the party's own.
    /// </summary>
    public AwaitedStep? AwaitingOf(StaffMember viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return Status == CaseStatus.AwaitingRouting && viewer.Has(Role.Coordinator)
            ? AwaitedStep.Route
            : Awaiting.TryGetValue(viewer.Id.Value, out var step) ? step : null;
    }

    /// <summary>"My queue": first owner, assignee, or something awaits them (the membership <c>queue=mine</c> lists).</summary>
    public bool IsInQueueOf(StaffMember viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return FirstOwner == viewer.Id.Value || Assignee == viewer.Id.Value || AwaitingOf(viewer) is not null;
    }
}

/// <summary>Index keys shared by the stores.</summary>
public static class CaseIndexKeys
{
    /// <summary>
    /// The widest sequence a case id may carry (<see cref="CaseId"/> allows up to 8 digits); every key writes the sequence
    /// at this width so that day 20261122's case 10000 sorts after its case 9999 and not between 1000 and 1001.
    /// </summary>
    public const int SequenceWidth = 8;

    /// <summary>
    /// The case id with its sequence left-padded to <see cref="SequenceWidth"/> digits and every digit d written 9 − d:
    /// in ascending (ordinal) order these keys list the newest case first, which is the only order a Table partition can
    /// be read in.
    /// </summary>
    public static string NewestFirst(CaseId id)
    {
        var dash = id.Value.IndexOf('-', StringComparison.Ordinal);
        return Invert(id.Value[..(dash + 1)] + id.Value[(dash + 1)..].PadLeft(SequenceWidth, '0'));
    }

    /// <summary>The id back from its key; the sequence keeps the four digits (or more) the id was written with.</summary>
    public static CaseId FromNewestFirst(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var padded = Invert(key);
        var dash = padded.IndexOf('-', StringComparison.Ordinal);
        var sequence = padded[(dash + 1)..].TrimStart('0').PadLeft(4, '0');
        return CaseId.Parse(padded[..(dash + 1)] + sequence);
    }

    private static string Invert(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = char.IsAsciiDigit(t[i]) ? (char)('9' - t[i] + '0') : t[i];
        }
    });
}
