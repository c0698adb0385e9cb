using Hotline.Domain.Callers;
using Hotline.Domain.Privacy;

namespace Hotline.Domain.Tests.Privacy;

/// <summary>Room and property are masked like name and phone for staff with no part in the case (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class MaskAddressTests
{
    [Theory]
    [InlineData("阳光花园3栋2单元1501", "阳光花园3栋****")]
    [InlineData("3栋1201", "3栋****")]
    [InlineData("3栋12楼1201", "3栋****")]
    [InlineData("阳光花园3栋-1201", "阳光花园3栋****")]
    [InlineData("滨江楼苑5幢302", "滨江楼苑5幢****")]
    [InlineData("3栋东1201", "3栋****")]
    [InlineData("翠苑小区3号楼2单元502室", "翠苑小区3号楼****")]
    [InlineData("华府国际花园东区十二号楼三单元二十一层二一零三室", "华府国际花园东区十二号楼****")]
    [InlineData("万科城A座１２０３", "万科城A座****")]
    [InlineData("人民路25号", "人民路****")]
    [InlineData("人民路二十五号", "人民路****")]
    [InlineData("人民路２５号", "人民路****")]
    [InlineData("阳光花园一二零一", "阳光花园****")]
    [InlineData("阳光花园1501", "阳光花园****")]
    public void Address_KeepsEstateAndBuilding_MasksUnitFloorAndRoom(string address, string masked) =>
        Assert.Equal(masked, Mask.Address(address));

    [Theory]
    [InlineData("5栋楼道")]
    [InlineData("阳光园区")]
    [InlineData("一品花园")]
    [InlineData("华府国际花园东区十二号楼")]
    [InlineData("3栋****")]
    public void Address_WithoutAHome_StaysAsWritten(string address) =>
        Assert.Equal(address, Mask.Address(address));
}
