using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Service.Directory;

/// <summary>
/// The staff directory read through a short-lived copy of the whole list: every request authenticates by API key and
/// every intake routes through the directory, and a hotline's directory is a few hundred people who rarely change, so
/// reading it once every <see cref="Freshness"/> instead of two table scans per request takes load off storage.
/// </summary>
/// <remarks>
/// A change made through this instance is seen at once; one made through another host (or straight in the table) within
/// <see cref="Freshness"/>. So a revoked API key keeps working on other hosts for at most that long. The clock is real time:
/// it models how old the copy is, not business time.
/// </remarks>
public sealed class CachedStaffDirectory(IStaffDirectory inner, TimeProvider realTime) : IStaffDirectory, IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _snapshot;

    public static TimeSpan Freshness { get; } = TimeSpan.FromSeconds(10);

    public async Task<StaffRecord?> GetAsync(StaffId id, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).ById.GetValueOrDefault(id);

    public async Task<IReadOnlyList<StaffRecord>> ListAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).All;

    public async Task UpsertAsync(StaffRecord record, CancellationToken cancellationToken)
    {
        await inner.UpsertAsync(record, cancellationToken);
        _snapshot = null;
    }

    public async Task<StaffRecord?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).All.FirstOrDefault(r => r.Member.Phone == phone);

    public async Task<StaffRecord?> FindByApiKeyHashAsync(string apiKeyHash, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).All.FirstOrDefault(r => r.ApiKeyHash is { } hash && string.Equals(hash, apiKeyHash, StringComparison.Ordinal));

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } fresh && realTime.GetUtcNow() - fresh.ReadUtc < Freshness)
        {
            return fresh;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } other && realTime.GetUtcNow() - other.ReadUtc < Freshness)
            {
                return other; // another caller refreshed it while this one waited
            }

            var all = await inner.ListAsync(cancellationToken);
            var snapshot = new Snapshot(realTime.GetUtcNow(), all, all.ToDictionary(r => r.Member.Id));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private sealed record Snapshot(DateTimeOffset ReadUtc, IReadOnlyList<StaffRecord> All, IReadOnlyDictionary<StaffId, StaffRecord> ById);
}
