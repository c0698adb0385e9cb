using Hotline.Service.Directory;

namespace Hotline.Service.Tests.Storage;

public sealed class InMemoryStaffDirectoryTests : StaffDirectoryContract
{
    protected override Task<IStaffDirectory> CreateDirectoryAsync() => Task.FromResult<IStaffDirectory>(new InMemoryStaffDirectory());
}
