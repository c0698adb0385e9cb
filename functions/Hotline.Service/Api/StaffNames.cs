using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Service.Api;

/// <summary>Staff ids to names for the views (ids stay in the views too, for links and tooltips).</summary>
public sealed class StaffNames
{
    private readonly IReadOnlyDictionary<StaffId, string> _names;

    private StaffNames(IReadOnlyDictionary<StaffId, string> names) => _names = names;

    public static StaffNames None { get; } = new(new Dictionary<StaffId, string>());

    /// <summary>One read of the (cached) directory per request.</summary>
    public static async Task<StaffNames> LoadAsync(IStaffDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var all = await directory.ListAsync(cancellationToken);
        return new StaffNames(all.ToDictionary(r => r.Member.Id, r => r.Member.Name));
    }

    public string? Of(StaffId? id) => id is { } known && _names.TryGetValue(known, out var name) ? name : null;
}
