using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Reports;

namespace Hotline.Domain.Tests.Privacy;

/// <summary>Free text as staff with no part read it: the caller's name, number, address, room and property masked (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class MaskAboutCallerTests
{
    private static readonly Caller Owner = new("张三丰", PhoneNumber.Parse("13912345678"), "阳光花园3栋1201", "阳光花园");

    [Fact]
    public void MasksTheCallersAddressNameAndNumbers()
    {
        var caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");

        Assert.Equal("张**反映3栋****楼上漏水，回电139****5678", Mask.AboutCaller("张三丰反映3栋1201楼上漏水，回电13912345678", caller));
    }

    [Theory]
    [InlineData("1201室漏水", "****室漏水")]
    [InlineData("业主１２０１室卫生间漏水", "业主****室卫生间漏水")]
    [InlineData("3栋1201室漏水", "3栋****室漏水")]
    [InlineData("阳光花园3栋1201的张三丰来电", "阳光花园3栋****的张**来电")]
    [InlineData("11201和12012不是这户", "11201和12012不是这户")]
    public void TheRoom_WrittenDifferentlyFromTheAddressField_IsMasked(string text, string masked) =>
        Assert.Equal(masked, Mask.AboutCaller(text, Owner));

    [Fact]
    public void UnitFloorAndRoom_AreMasked_WhereverTheTextQuotesThem()
    {
        var caller = new Caller("李四", null, "翠苑小区3号楼2单元502室", "翠苑小区");

        Assert.Equal("翠苑小区3号楼****，****室楼上漏水", Mask.AboutCaller("翠苑小区3号楼2单元502室，502室楼上漏水", caller));
    }

    [Fact]
    public void APropertyWrittenWithARoom_IsMaskedLikeTheField()
    {
        var caller = new Caller("王五", null, "5栋楼道", "金色家园7幢702");

        Assert.Equal("金色家园7幢****楼下积水，5栋楼道灯坏", Mask.AboutCaller("金色家园7幢702楼下积水，5栋楼道灯坏", caller));
        Assert.Equal("金色家园7幢****", Mask.Address(caller.Property));
    }

    [Fact]
    public void FormsAndViews_MaskAlike()
    {
        var state = new Tests.Support.Scenario("property-hotline", Tests.Support.Scenario.Local("2026-11-18 10:00")).Open("repair").State with { Caller = Owner };
        const string text = "张三丰说1201室漏水，电话139 1234 5678";

        Assert.Equal(Mask.AboutCaller(text, Owner), ReportRules.Scrub(text, state));
        Assert.Equal("张**说****室漏水，电话139****5678", ReportRules.Scrub(text, state));
    }
}
