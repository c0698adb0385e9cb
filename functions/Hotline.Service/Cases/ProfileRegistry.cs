using Hotline.Domain.Profiles;

namespace Hotline.Service.Cases;

/// <summary>The profiles a deployment runs: the shipped ones plus any loaded from files, and the default for intake.</summary>
public sealed class ProfileRegistry
{
    private readonly Dictionary<string, Profile> _profiles;

    public ProfileRegistry(IEnumerable<Profile> profiles, string defaultProfileId)
    {
        _profiles = profiles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Default = _profiles.TryGetValue(defaultProfileId, out var profile)
            ? profile
            : throw new ArgumentException($"Default profile '{defaultProfileId}' is not loaded (have: {string.Join(", ", _profiles.Keys)}).", nameof(defaultProfileId));
    }

    public Profile Default { get; }

    public IReadOnlyCollection<Profile> All => _profiles.Values;

    public Profile? Find(string id) => _profiles.GetValueOrDefault(id);

    public Profile Get(string id) => Find(id) ?? throw new KeyNotFoundException($"Profile '{id}' is not loaded.");

    public static ProfileRegistry BuiltIn(string defaultProfileId = ProfileCatalog.ParkDispatch) =>
        new(ProfileCatalog.BuiltIn.Values, defaultProfileId);
}
