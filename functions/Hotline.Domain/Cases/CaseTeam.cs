using System.Collections.Immutable;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// The people a case involves, resolved from the directory when the case is routed (<see cref="TeamResolver"/>)
/// and kept with the case so that the machine stays pure. Everyone listed here has a part in the case (R-PV-1).
/// </summary>
public sealed record CaseTeam
{
    /// <summary>The responsible unit; null while routing is unclear (R-DS-5).</summary>
    public string? Unit { get; init; }

    /// <summary>Head of the responsible unit: told first (R-DS-1, R-DS-7).</summary>
    public StaffId? Supervisor { get; init; }

    /// <summary>On-duty implementer: contacted directly when the supervisor does not answer (R-DS-1).</summary>
    public StaffId? Implementer { get; init; }

    /// <summary>Head of the unit's office, told at the same time when the profile says so (R-DS-2).</summary>
    public StaffId? OfficeHead { get; init; }

    /// <summary>Manager, then deputy general manager, then general manager (R-EM-2, R-FU-8).</summary>
    public ImmutableArray<StaffId> ManagerLadder { get; init; } = [];

    /// <summary>The crew sent on site in an emergency (R-EM-3).</summary>
    public ImmutableArray<StaffId> EmergencyCrew { get; init; } = [];

    public StaffId? QualityOffice { get; init; }

    public StaffId? GroupHead { get; init; }

    public StaffId? Coordinator { get; init; }

    public StaffId? Upstream { get; init; }

    /// <summary>The hotline's agent on duty (专线员): receives results units report for the record (R-IN-7).</summary>
    public StaffId? HotlineDesk { get; init; }

    public StaffId? Manager => ManagerLadder.IsDefaultOrEmpty ? null : ManagerLadder[0];

    public bool IsInLadder(StaffId id) => !ManagerLadder.IsDefaultOrEmpty && ManagerLadder.Contains(id);

    public bool IsResponsible(StaffId id) => id == Supervisor || id == Implementer;
}
