using Hotline.Domain.Permits;

namespace Hotline.Service.Storage;

/// <summary>Release permits in memory, for tests and the in-memory host; the shared contract tests hold it to <see cref="IPermitStore"/>.</summary>
public sealed class InMemoryPermitStore : IPermitStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredPermit> _permits = new(StringComparer.Ordinal);
    private long _tag;

    public Task<StoredPermit?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_permits.GetValueOrDefault(id));
        }
    }

    public Task<StoredPermit> SaveAsync(ReleasePermit permit, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permit);
        lock (_gate)
        {
            var existing = _permits.GetValueOrDefault(permit.Id);
            if (expectedETag is null ? existing is not null : existing?.ETag != expectedETag)
            {
                throw new ConcurrencyException($"Permit {permit.Id} changed since it was read.");
            }

            var saved = new StoredPermit(permit, $"W/\"{++_tag}\"");
            _permits[permit.Id] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task<IReadOnlyList<StoredPermit>> ListAsync(PermitQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredPermit>>(
                [.. _permits.Values
                    .Where(s => s.Permit.ProfileId == query.ProfileId
                        && (!query.OnlyCopyOut || s.Permit.SecurityCopyFiledUtc is null)
                        && (query.IssuedFromUtc is null || s.Permit.IssuedUtc >= query.IssuedFromUtc))
                    .OrderBy(s => s.Permit.IssuedUtc)
                    .ThenBy(s => s.Permit.Id, StringComparer.Ordinal)]);
        }
    }
}
