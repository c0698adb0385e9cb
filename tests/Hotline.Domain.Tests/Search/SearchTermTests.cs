using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;

namespace Hotline.Domain.Tests.Search;

/// <summary>How the search box reads what a dispatcher typed; phone numbers are normalised so any written form finds the caller.</summary>
/// <remarks>No rule of rules.md covers the search box itself (issue 12); what search may show is tested under R-PV-1 elsewhere.</remarks>
public sealed class SearchTermTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("+86 138-1234-5678")]
    [InlineData("008613812345678")]
    [InlineData("１３８１２３４５６７８")]
    public void FullPhone_AnyWrittenForm_IsTheSameNumber(string text)
    {
        var term = Assert.IsType<SearchTerm.ForPhone>(SearchTerm.Parse(text, out _));
        Assert.Equal(PhoneNumber.Parse("13812345678"), term.Phone);
    }

    [Fact]
    public void FourDigits_AreLastDigitsOrAReference() =>
        Assert.Equal("5678", Assert.IsType<SearchTerm.ForLastDigits>(SearchTerm.Parse(" 5678 ", out _)).Digits);

    [Theory]
    [InlineData("10000")]
    [InlineData("123456")]
    public void FiveOrSixDigits_AreTheReferenceOfABusyDaysCase(string text) =>
        Assert.Equal(text, Assert.IsType<SearchTerm.ForLastDigits>(SearchTerm.Parse(text, out _)).Digits);

    [Fact]
    public void CaseId_IsACase() =>
        Assert.Equal(CaseId.Parse("20261122-0042"), Assert.IsType<SearchTerm.ForCase>(SearchTerm.Parse("20261122-0042", out _)).Id);

    [Theory]
    [InlineData("阳光花园", "阳光花园")]
    [InlineData("Zhang SAN", "zhang san")]
    [InlineData("12-345", "12-345")]
    [InlineData("ＤＢ-2026", "db-2026")]
    public void Anything_Else_IsNormalisedText(string text, string needle) =>
        Assert.Equal(needle, Assert.IsType<SearchTerm.ForText>(SearchTerm.Parse(text, out _)).Needle);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" a ")]
    public void TooShort_IsRefusedWithAReason(string? text)
    {
        Assert.Null(SearchTerm.Parse(text, out var error));
        Assert.Contains("2 to 100", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLong_IsRefused() => Assert.Null(SearchTerm.Parse(new string('水', 101), out _));

    [Fact]
    public void IndexText_HoldsCallerAddressPropertySummaryAndUpstreamNumber_CaseFolded()
    {
        var state = Support.Scenario.Caller is var caller
            ? new Support.Scenario("property-hotline", Support.Scenario.Local("2026-11-18 10:00")).Open("repair").State
                with { Upstream = new UpstreamItem("DB-2026-117", "东区", null), Caller = caller with { Name = "Li Lei" } }
            : null!;

        var text = SearchText.Of(state);

        Assert.True(SearchText.Matches(text, new SearchTerm.ForText("li lei")));
        Assert.True(SearchText.Matches(text, new SearchTerm.ForText("3栋1201")));
        Assert.True(SearchText.Matches(text, new SearchTerm.ForText("阳光园区")));
        Assert.True(SearchText.Matches(text, new SearchTerm.ForText("楼上漏水")));
        Assert.True(SearchText.Matches(text, new SearchTerm.ForText("db-2026-117")));
        Assert.False(SearchText.Matches(text, new SearchTerm.ForText("1201阳光")), "a needle never spans two fields");
    }
}
