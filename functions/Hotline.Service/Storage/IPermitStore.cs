using Hotline.Domain.Permits;

namespace Hotline.Service.Storage;

/// <summary>
/// Where release permits (放行通知单, R-SV-1) live, with whether security's copy has been handed back and filed; saves are
/// guarded by ETags (<see cref="IDocumentStore{TDocument, TStored}"/>).
/// </summary>
public interface IPermitStore : IDocumentStore<ReleasePermit, StoredPermit>
{
    /// <summary>The profile's permits in issue order (oldest first, then id); <see cref="PermitQuery.OnlyCopyOut"/> keeps those whose security copy is not filed yet.</summary>
    Task<IReadOnlyList<StoredPermit>> ListAsync(PermitQuery query, CancellationToken cancellationToken);
}

public sealed record StoredPermit(ReleasePermit Permit, string ETag) : IStoredDocument;

/// <param name="OnlyCopyOut">Only permits whose security copy has not been handed back: what the overdue reminder reads.</param>
/// <param name="IssuedFromUtc">Issued at or after this instant, when given.</param>
public sealed record PermitQuery(string ProfileId, bool OnlyCopyOut = false, DateTimeOffset? IssuedFromUtc = null);
