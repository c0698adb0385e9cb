using Hotline.Domain.Kpi;

namespace Hotline.Domain.Tests.Kpi;

public sealed class ServiceAreasTests
{
    [Fact]
    [Trait("Rule", "R-RV-4")]
    public void All_AreTheFormsFourteenAreas_LettersAToN()
    {
        Assert.Equal("ABCDEFGHIJKLMN", string.Concat(ServiceAreas.All.Select(a => a.Letter)));
        Assert.Equal(14, ServiceAreas.All.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("停车场管理方面", ServiceAreas.All[7].Name);
        Assert.Equal("其他", ServiceAreas.All[13].Name);
    }

    [Fact]
    public void Find_KnownCode_ReturnsArea_UnknownReturnsNull()
    {
        Assert.Same(ServiceAreas.StaffAttitude, ServiceAreas.Find("StaffAttitude"));
        Assert.Null(ServiceAreas.Find("staffattitude"));
    }
}
