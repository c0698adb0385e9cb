using Hotline.Domain.Cases;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Privacy;

/// <summary>
/// Which cases a staff member may find in lists, search, queues and counts (R-PV-1: owner data is not shown to staff who
/// have no part in the case). The hotline desk — agents, recorders, the coordinator, the manager chain, the quality office
/// (which keeps the archives) and admins — sees every case, masked where it has no part (<see cref="CaseState.HasPart"/>).
/// Field staff (implementers, unit heads) see the cases they have a part in, and a unit head also his unit's cases; the
/// upstream office sees its supervision items. A case someone may not see does not exist for them: its page is a 404.
/// </summary>
public static class CaseVisibility
{
    private static readonly Role[] DeskRoles =
    [
        Role.Agent, Role.Recorder, Role.Coordinator, Role.Manager, Role.DeputyGeneralManager, Role.GeneralManager, Role.QualityOffice, Role.Admin,
    ];

    /// <summary>Sees every case (masked where no part): the hotline desk and those who oversee it.</summary>
    public static bool SeesEveryCase(StaffMember viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return DeskRoles.Any(viewer.Has);
    }

    public static bool Sees(StaffMember viewer, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(state);
        return SeesEveryCase(viewer)
            || state.HasPart(viewer.Id)
            || (viewer.Has(Role.Supervisor) && IsOwnUnit(viewer, state))
            || (viewer.Has(Role.Upstream) && state.Upstream is not null);
    }

    /// <summary>The responsible unit, or the building a GM-hotline file went to before a department took it (R-DS-7).</summary>
    private static bool IsOwnUnit(StaffMember viewer, CaseState state) =>
        !string.IsNullOrEmpty(viewer.Unit)
        && (string.Equals(state.Team.Unit, viewer.Unit, StringComparison.Ordinal) || string.Equals(state.BuildingUnit, viewer.Unit, StringComparison.Ordinal));
}
