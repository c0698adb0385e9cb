using Hotline.Domain.Cases;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Privacy;

/// <summary>
/// Everyone with a part in a case, as a list a store can keep beside the case (the open-case index): exactly the staff
/// <see cref="CaseState.HasPart"/> answers true for, plus whoever a text asked to confirm. Tests hold the two together.
/// </summary>
public static class CaseParties
{
    public static IReadOnlyList<StaffId> Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = state.Team;
        var people = new List<StaffId?> { state.FirstOwner, state.Assignee, state.BuildingHead, t.Supervisor, t.Implementer, t.OfficeHead, t.QualityOffice, t.Coordinator };
        people.AddRange(t.ManagerLadder.IsDefaultOrEmpty ? [] : t.ManagerLadder.Select(id => (StaffId?)id));
        if (state.Urgency == Urgency.Emergency && !t.EmergencyCrew.IsDefaultOrEmpty)
        {
            people.AddRange(t.EmergencyCrew.Select(id => (StaffId?)id));
        }

        if (state.Upstream is not null)
        {
            people.Add(t.Upstream);
        }

        if (state.SevenDayReported)
        {
            people.Add(t.GroupHead);
        }

        if (state.FirstQuestion is { } fq)
        {
            people.Add(fq.ReceivedBy);
            people.AddRange(fq.HandOvers.Select(h => (StaffId?)h.To));
        }

        if (!state.AwaitingConfirmation.IsDefaultOrEmpty)
        {
            people.AddRange(state.AwaitingConfirmation.Select(c => (StaffId?)c.Staff));
        }

        return [.. people.OfType<StaffId>().Distinct()];
    }
}
