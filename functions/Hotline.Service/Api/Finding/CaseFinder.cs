using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// What search, caller history, the queue and the counts share: the store's index, the cases behind index hits (point
/// reads), the visibility policy (<see cref="CaseVisibility"/>, R-PV-1) and the summaries, for one viewer and one request.
/// </summary>
public sealed class CaseFinder
{
    private readonly ICaseStore _store;
    private readonly ProfileRegistry _profiles;

    private CaseFinder(IServiceProvider services, StaffRecord viewer, StaffNames names, DateTimeOffset now)
    {
        _store = services.GetRequiredService<ICaseStore>();
        _profiles = services.GetRequiredService<ProfileRegistry>();
        Index = services.GetService<ICaseIndex>() ?? _store as ICaseIndex
            ?? throw new InvalidOperationException("The case store keeps no search index (ICaseIndex); register one.");
        Viewer = viewer;
        Names = names;
        Now = now;
    }

    public ICaseIndex Index { get; }

    public StaffRecord Viewer { get; }

    public StaffNames Names { get; }

    public DateTimeOffset Now { get; }

    public static async Task<CaseFinder> ForAsync(IServiceProvider services, StaffRecord viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var names = await StaffNames.LoadAsync(services.GetRequiredService<IStaffDirectory>(), cancellationToken);
        return new CaseFinder(services, viewer, names, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    public bool Sees(CaseState state) => CaseVisibility.Sees(Viewer.Member, state);

    /// <summary>Whether the viewer may see the open case, from its index row alone.</summary>
    public bool Sees(OpenCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return CaseVisibility.Sees(Viewer.Member, row.Parties.Contains(Viewer.Member.Id.Value), row.Unit, row.BuildingUnit);
    }

    /// <summary>Point reads of one request at once: a page is at most 200 ids, and the account serves every other request too.</summary>
    private const int ReadsAtOnce = 8;

    /// <summary>
    /// The cases behind the ids that the viewer may see, in the order given, read <see cref="ReadsAtOnce"/> at a time;
    /// ids whose case does not exist (an index row written before an intake that never landed) are skipped.
    /// </summary>
    public async Task<IReadOnlyList<CaseState>> VisibleAsync(IEnumerable<CaseId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var stored = new StoredCase?[wanted.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, wanted.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ReadsAtOnce, CancellationToken = cancellationToken },
            async (i, token) => stored[i] = await _store.GetAsync(wanted[i], token));
        return [.. stored.OfType<StoredCase>().Select(s => s.State).Where(Sees)];
    }

    public CaseSummaryView Summary(CaseState state) => CaseViews.Summary(state, Viewer.Member, Now, Names, _profiles.Find(state.ProfileId));
}
