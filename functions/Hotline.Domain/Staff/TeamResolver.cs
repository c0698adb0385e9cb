using System.Collections.Immutable;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Staff;

/// <summary>
/// Routing (R-DS-5): category → responsible unit → its head; several or no units → the coordinator names the
/// lead. Resolves the people a case involves from a directory snapshot, so the case machine stays pure.
/// </summary>
public static class TeamResolver
{
    public static CaseTeam Resolve(Profile profile, string category, IReadOnlyCollection<StaffMember> directory)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(directory);
        var units = profile.FindCategory(category)?.Units ?? [];
        var unit = units.Length == 1 ? units[0] : null;
        var team = ForUnit(profile, unit, directory);
        return units.Length > 1 && AcrossOffices(units, directory) is { } officeManager
            ? team with { Coordinator = officeManager }
            : team;
    }

    /// <summary>
    /// R-DS-5: when the units a request involves report to different managers (different offices), the manager they
    /// share — the office manager above them — names the lead department instead of the customer-relations supervisor.
    /// </summary>
    private static StaffId? AcrossOffices(IEnumerable<string> units, IReadOnlyCollection<StaffMember> directory)
    {
        var byId = directory.ToDictionary(m => m.Id);
        List<StaffId> ChainAbove(string unit)
        {
            var head = directory.Where(m => m.Unit == unit && m.Has(Role.Supervisor)).OrderBy(m => m.Id).FirstOrDefault();
            var chain = new List<StaffId>();
            for (var id = head?.ManagerId; id is { } next && byId.TryGetValue(next, out var m) && !chain.Contains(next) && chain.Count < 8; id = m.ManagerId)
            {
                chain.Add(next);
            }

            return chain;
        }

        var chains = units.Distinct().Select(ChainAbove).Where(c => c.Count > 0).ToList();
        if (chains.Count < 2 || chains.Select(c => c[0]).Distinct().Count() == 1)
        {
            return null;
        }

        return chains[0].FirstOrDefault(candidate => chains.All(c => c.Contains(candidate)));
    }

    /// <summary>The team for a named unit (a reassignment or the coordinator's choice); null unit = routing unclear.</summary>
    public static CaseTeam ForUnit(Profile profile, string? unit, IReadOnlyCollection<StaffMember> directory)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(directory);
        var members = unit is null ? [] : directory.Where(m => m.Unit == unit).OrderBy(m => m.Id.Value, StringComparer.Ordinal).ToList();
        var supervisor = Prefer(members.Where(m => m.Has(Role.Supervisor)));
        var implementer = Prefer(members.Where(m => m.Has(Role.Responsible) && m.Id != supervisor?.Id));
        var start = supervisor ?? implementer;
        var crewUnits = profile.Emergency.CrewUnits.IsDefault ? [] : profile.Emergency.CrewUnits;
        return new CaseTeam
        {
            Unit = unit,
            Supervisor = supervisor?.Id,
            Implementer = implementer?.Id,
            OfficeHead = start?.ManagerId,
            ManagerLadder = Ladder(start, directory),
            EmergencyCrew = [.. directory.Where(m => crewUnits.Contains(m.Unit) && m.Has(Role.Supervisor) && m.OnDuty).Select(m => m.Id).Order()],
            QualityOffice = First(directory, Role.QualityOffice),
            GroupHead = First(directory, Role.GeneralManager),
            Coordinator = First(directory, Role.Coordinator),
            Upstream = UpstreamOffice(profile, directory),
            HotlineDesk = First(directory, Role.Agent),
        };
    }

    /// <summary>
    /// The manager, then the deputy general manager, then the general manager (R-EM-2, R-FU-8): the manager chain
    /// above the unit's head when the directory links it, else whoever holds each role.
    /// </summary>
    private static ImmutableArray<StaffId> Ladder(StaffMember? start, IReadOnlyCollection<StaffMember> directory)
    {
        var byId = directory.ToDictionary(m => m.Id);
        var ladder = new List<StaffId>();
        var current = start?.ManagerId is { } first && byId.TryGetValue(first, out var m) ? m : null;
        while (current is not null && !ladder.Contains(current.Id) && ladder.Count < 8)
        {
            ladder.Add(current.Id);
            current = current.ManagerId is { } next && byId.TryGetValue(next, out var n) ? n : null;
        }

        foreach (var role in new[] { Role.Manager, Role.DeputyGeneralManager, Role.GeneralManager })
        {
            var holder = directory.Where(d => d.Has(role)).OrderBy(d => d.Id.Value, StringComparer.Ordinal).FirstOrDefault();
            var covered = ladder.Any(id => byId[id].Has(role));
            if (holder is not null && !covered && !ladder.Contains(holder.Id))
            {
                ladder.Add(holder.Id);
            }
        }

        return [.. ladder];
    }

    /// <summary>
    /// The profile's upstream office (R-PV-1, R-FU-7): the <see cref="Role.Upstream"/> member of its
    /// <see cref="SupervisionPolicy.UpstreamUnit"/>, on duty first — never another office's, even when that unit has nobody
    /// (then the case has no upstream and nobody upstream sees it). A profile naming no unit keeps the directory's first one.
    /// </summary>
    private static StaffId? UpstreamOffice(Profile profile, IEnumerable<StaffMember> directory) =>
        profile.Supervision.UpstreamUnit is { } unit
            ? First(directory.Where(m => string.Equals(m.Unit, unit, StringComparison.Ordinal)), Role.Upstream)
            : First(directory, Role.Upstream);

    private static StaffMember? Prefer(IEnumerable<StaffMember> candidates)
    {
        var list = candidates.ToList();
        return list.FirstOrDefault(c => c.OnDuty) ?? list.FirstOrDefault();
    }

    private static StaffId? First(IEnumerable<StaffMember> directory, Role role) =>
        directory.Where(m => m.Has(role)).OrderBy(m => m.OnDuty ? 0 : 1).ThenBy(m => m.Id.Value, StringComparer.Ordinal).FirstOrDefault()?.Id;
}
