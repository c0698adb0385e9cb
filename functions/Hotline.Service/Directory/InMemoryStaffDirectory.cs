using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Service.Directory;

public sealed class InMemoryStaffDirectory : IStaffDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StaffId, StaffRecord> _staff = [];

    public Task<StaffRecord?> GetAsync(StaffId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_staff.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<StaffRecord>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StaffRecord>>([.. _staff.Values.OrderBy(s => s.Member.Id)]);
        }
    }

    public Task UpsertAsync(StaffRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (_staff.Values.FirstOrDefault(s => s.Member.Phone == record.Member.Phone && s.Member.Id != record.Member.Id) is { } holder)
            {
                throw new PhoneTakenException(holder.Member.Id);
            }

            _staff[record.Member.Id] = record;
            return Task.CompletedTask;
        }
    }

    public Task<StaffRecord?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_staff.Values.FirstOrDefault(s => s.Member.Phone == phone));
        }
    }

    public Task<StaffRecord?> FindByApiKeyHashAsync(string apiKeyHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_staff.Values.FirstOrDefault(s => s.ApiKeyHash is not null && string.Equals(s.ApiKeyHash, apiKeyHash, StringComparison.Ordinal)));
        }
    }
}
