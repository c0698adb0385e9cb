using Hotline.Domain.Permits;

namespace Hotline.Service.Storage;

/// <summary>Release permits in memory, for tests and the in-memory host; the shared contract tests hold it to <see cref="IPermitStore"/>.</summary>
public sealed class InMemoryPermitStore()
    : InMemoryDocumentStore<ReleasePermit, StoredPermit>("Permit", p => p.Id, (p, etag) => new StoredPermit(p, etag)), IPermitStore
{
    public Task<IReadOnlyList<StoredPermit>> ListAsync(PermitQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult<IReadOnlyList<StoredPermit>>(
            [.. Snapshot()
                .Where(s => s.Permit.ProfileId == query.ProfileId
                    && (!query.OnlyCopyOut || s.Permit.SecurityCopyFiledUtc is null)
                    && (query.IssuedFromUtc is null || s.Permit.IssuedUtc >= query.IssuedFromUtc))
                .OrderBy(s => s.Permit.IssuedUtc)
                .ThenBy(s => s.Permit.Id, StringComparer.Ordinal)]);
    }
}
