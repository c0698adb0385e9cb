using Hotline.Domain.Callers;
using Hotline.Domain.Privacy;

namespace Hotline.Domain.Tests.Privacy;

/// <summary>Room and property are masked like name and phone for staff with no part in the case (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class MaskAddressTests
{
    [Theory]
    [InlineData("阳光花园3栋2单元1501", "阳光花园3栋2单元****")]
    [InlineData("3栋1201", "3栋****")]
    [InlineData("翠苑小区3号楼2单元502室", "翠苑小区3号楼2单元****")]
    [InlineData("华府国际花园东区十二号楼三单元二十一层二一零三室", "华府国际花园东区十二号楼三单元****")]
    [InlineData("万科城A座１２０３", "万科城A座****")]
    [InlineData("人民路25号", "人民路****")]
    [InlineData("阳光花园1501", "阳光花园****")]
    public void Address_KeepsEstateBuildingAndUnit_MasksTheRoom(string address, string masked) =>
        Assert.Equal(masked, Mask.Address(address));

    [Theory]
    [InlineData("5栋楼道")]
    [InlineData("阳光园区")]
    [InlineData("华府国际花园东区十二号楼")]
    [InlineData("3栋****")]
    public void Address_WithoutARoom_StaysAsWritten(string address) =>
        Assert.Equal(address, Mask.Address(address));

    [Fact]
    public void AboutCaller_MasksTheCallersAddressNameAndNumbersInFreeText()
    {
        var caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");

        var masked = Mask.AboutCaller("张三丰反映3栋1201楼上漏水，回电13912345678", caller);

        Assert.Equal("张**反映3栋****楼上漏水，回电139****5678", masked);
    }
}
