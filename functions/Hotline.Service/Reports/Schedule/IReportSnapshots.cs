using System.Collections.Concurrent;
using Hotline.Domain.Reports.Schedule;

namespace Hotline.Service.Reports.Schedule;

/// <summary>The period reports stored on schedule, one row per profile, kind and period, written once.</summary>
public interface IReportSnapshots
{
    Task<ReportSnapshot?> GetAsync(string profileId, string id, CancellationToken cancellationToken);

    /// <summary>The profile's snapshots without their figures' use in mind (the figures come along), newest period first.</summary>
    Task<IReadOnlyList<ReportSnapshot>> ListAsync(string profileId, SnapshotKind? kind, CancellationToken cancellationToken);

    /// <summary>Stores the snapshot if none with its id exists (create-if-absent); false when one does: nothing is written.</summary>
    Task<bool> TryAddAsync(ReportSnapshot snapshot, CancellationToken cancellationToken);
}

public sealed class InMemoryReportSnapshots : IReportSnapshots
{
    private readonly ConcurrentDictionary<(string Profile, string Id), ReportSnapshot> _rows = new();

    public Task<ReportSnapshot?> GetAsync(string profileId, string id, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.GetValueOrDefault((profileId, id)));

    public Task<IReadOnlyList<ReportSnapshot>> ListAsync(string profileId, SnapshotKind? kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportSnapshot>>(
            [.. _rows.Values.Where(s => s.ProfileId == profileId && (kind is null || s.Kind == kind)).OrderByDescending(s => s.FirstDay).ThenBy(s => s.Kind)]);

    public Task<bool> TryAddAsync(ReportSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Task.FromResult(_rows.TryAdd((snapshot.ProfileId, snapshot.Id), snapshot));
    }
}
