namespace Hotline.Domain.Profiles;

/// <summary>The profiles shipped with the product, one per seed procedure (embedded JSON in <c>Profiles/Data</c>).</summary>
public static class ProfileCatalog
{
    public const string ParkDispatch = "park-dispatch";
    public const string GmHotline = "gm-hotline";
    public const string Municipal12319 = "municipal-12319";
    public const string PropertyHotline = "property-hotline";
    public const string HeatingSupervision = "heating-supervision";

    private static readonly Lazy<IReadOnlyDictionary<string, Profile>> BuiltInProfiles = new(LoadBuiltIn);

    public static IReadOnlyDictionary<string, Profile> BuiltIn => BuiltInProfiles.Value;

    private static Dictionary<string, Profile> LoadBuiltIn()
    {
        var assembly = typeof(ProfileCatalog).Assembly;
        const string prefix = "Hotline.Domain.Profiles.Data.";
        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var profile = ProfileLoader.Load(reader.ReadToEnd(), name[prefix.Length..]);
            profiles.Add(profile.Id, profile);
        }

        return profiles;
    }
}
