using Hotline.Domain.Cases;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Privacy;

/// <summary>
/// Which cases a staff member may find in lists, search, queues and counts (R-PV-1: owner data is not shown to staff who
/// have no part in the case). The hotline desk — agents, recorders, the coordinator, the manager chain, the quality office
/// (which keeps the archives) and admins — sees every case, masked where it has no part (<see cref="CaseState.HasPart"/>).
/// Field staff (implementers, unit heads) see the cases they have a part in, and a unit head also his unit's cases. The
/// upstream office sees only the supervision items it is the upstream of (<see cref="CaseTeam.Upstream"/>, set from the
/// profile's upstream unit), which is a part in the case: another office's items are not its business. A case someone may
/// not see does not exist for them: its page is a 404.
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
        return SeesEveryCase(viewer) || Sees(viewer, state.HasPart(viewer.Id), state.Team.Unit, state.BuildingUnit);
    }

    /// <summary>The same decision over what an index row keeps of the case (its parties and units).</summary>
    /// <param name="buildingUnit">GM hotline: the building a file went to before a department took it (R-DS-7); its head keeps seeing it.</param>
    public static bool Sees(StaffMember viewer, bool hasPart, string? unit, string? buildingUnit)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var ownUnit = !string.IsNullOrEmpty(viewer.Unit)
            && (string.Equals(unit, viewer.Unit, StringComparison.Ordinal) || string.Equals(buildingUnit, viewer.Unit, StringComparison.Ordinal));
        return SeesEveryCase(viewer) || hasPart || (viewer.Has(Role.Supervisor) && ownUnit);
    }
}
