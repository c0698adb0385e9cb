namespace Hotline.Testing;

/// <summary>Locates the repository checkout a test runs from.</summary>
public static class RepositoryRoot
{
    private const string Marker = "Hotline.Functions.sln";

    /// <summary>The nearest folder above the test binaries that holds <c>Hotline.Functions.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">The tests run outside a checkout.</exception>
    public static DirectoryInfo Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{AppContext.BaseDirectory}' holds {Marker}; run the tests from a checkout of the repository.");
    }
}
