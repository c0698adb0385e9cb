using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
