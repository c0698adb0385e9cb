using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Service.Directory;

/// <summary>The staff directory: who works here, their roles, units, manager chain, phone and API key.</summary>
public interface IStaffDirectory
{
    Task<StaffRecord?> GetAsync(StaffId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces the member; <see cref="PhoneTakenException"/> when another member already has the phone number.</summary>
    Task UpsertAsync(StaffRecord record, CancellationToken cancellationToken);

    Task<StaffRecord?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken);

    Task<StaffRecord?> FindByApiKeyHashAsync(string apiKeyHash, CancellationToken cancellationToken);
}

/// <param name="ApiKeyHash">SHA-256 of the staff member's API key (hex); the key itself is never stored.</param>
public sealed record StaffRecord(StaffMember Member, string? ApiKeyHash);
