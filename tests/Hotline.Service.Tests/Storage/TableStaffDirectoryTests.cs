using Hotline.Azure.Storage;
using Hotline.Service.Directory;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableStaffDirectoryTests(AzuriteFixture azurite) : StaffDirectoryContract
{
    protected override async Task<IStaffDirectory> CreateDirectoryAsync()
    {
        var directory = new TableStaffDirectory(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("d"));
        await directory.CreateTableAsync();
        return directory;
    }
}
