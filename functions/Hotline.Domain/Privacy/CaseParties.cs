using Hotline.Domain.Cases;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Privacy;

/// <summary>
/// Everyone with a part in a case, as a list a store can keep beside the case (the open-case index). It is derived from
/// <see cref="CaseState.HasPart"/>, the one definition: every person the case names is a candidate, and exactly those
/// <c>HasPart</c> accepts are listed — so the index and the case view cannot disagree about who sees the caller.
/// </summary>
public static class CaseParties
{
    public static IReadOnlyList<StaffId> Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. Candidates(state).OfType<StaffId>().Distinct().Where(state.HasPart)];
    }

    /// <summary>Every staff member the case names anywhere; a superset of those with a part (HasPart filters it).</summary>
    private static IEnumerable<StaffId?> Candidates(CaseState state)
    {
        var t = state.Team;
        IEnumerable<StaffId?> people =
        [
            state.FirstOwner, state.Assignee, state.BuildingHead, t.Supervisor, t.Implementer, t.OfficeHead, t.QualityOffice, t.Coordinator,
            t.Upstream, t.GroupHead,
        ];
        people = people
            .Concat(Ids(t.ManagerLadder))
            .Concat(Ids(t.EmergencyCrew))
            .Concat(Ids(state.AskedToConfirm))
            .Concat(state.AwaitingConfirmation.IsDefaultOrEmpty ? [] : state.AwaitingConfirmation.Select(c => (StaffId?)c.Staff));
        if (state.FirstQuestion is { } fq)
        {
            people = people.Append(fq.ReceivedBy).Concat(fq.HandOvers.Select(h => (StaffId?)h.To));
        }

        return people;
    }

    private static IEnumerable<StaffId?> Ids(System.Collections.Immutable.ImmutableArray<StaffId> ids) =>
        ids.IsDefaultOrEmpty ? [] : ids.Select(id => (StaffId?)id);
}
