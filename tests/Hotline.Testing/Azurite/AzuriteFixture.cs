using Xunit;

namespace Hotline.Testing;

/// <summary>
/// One Azurite per test collection. xunit only discovers collection definitions in the test assembly itself,
/// so each test project declares its own:
/// <code>
/// [CollectionDefinition(AzuriteFixture.CollectionName)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and its test classes take the fixture in their constructor under <c>[Collection(AzuriteFixture.CollectionName)]</c>.
/// Tests share the instance, so each one works in its own table (<see cref="UniqueTableName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The collection name test classes use.</summary>
    public const string CollectionName = "Azurite";

    private AzuriteProcess? _azurite;

    /// <summary>The running instance.</summary>
    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not been started yet.");

    /// <summary>A connection string for the running instance.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
