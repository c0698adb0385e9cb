using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
