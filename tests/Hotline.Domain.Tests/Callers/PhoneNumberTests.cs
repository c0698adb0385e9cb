using System.Text;
using Hotline.Domain.Callers;
using Hotline.Domain.Search;

namespace Hotline.Domain.Tests.Callers;

/// <summary>The caller's phone is recorded (R-IN-1) as one E.164 number however it was typed, so intake, search and caller history agree.</summary>
[Trait("Rule", "R-IN-1")]
public sealed class PhoneNumberTests
{
    [Fact]
    public void UnderInvariantGlobalization_NormalizeLeavesFullWidthDigits_SoItCannotBeWhatFoldsThem()
    {
        // The claim PhoneNumber relies on: the hosts and these tests run with InvariantGlobalization (Directory.Build.props).
        Assert.Equal("true", AppContext.GetData("System.Globalization.Invariant")?.ToString(), ignoreCase: true);
        Assert.Equal("１３９", "１３９".Normalize(NormalizationForm.FormKC));
        Assert.Equal("139", SearchText.FoldWidth("１３９"));
    }

    [Theory]
    [InlineData("１３９１２３４５６７８")]
    [InlineData("＋８６ １３９-１２３４-５６７８")]
    [InlineData("8613912345678")]
    [InlineData("86 139 1234 5678")]
    [InlineData("+8613912345678")]
    [InlineData("008613912345678")]
    [InlineData("139 1234 5678")]
    public void AnyWrittenForm_IsTheSameMobile(string text) =>
        Assert.Equal("+8613912345678", PhoneNumber.Parse(text).E164);

    [Fact]
    public void IntakeAndSearch_ReadAFullWidthNumberAlike()
    {
        var search = Assert.IsType<SearchTerm.ForPhone>(SearchTerm.Parse("１３９１２３４５６７８", out _));

        Assert.True(PhoneNumber.TryParse("１３９１２３４５６７８", out var intake, out var error), error);
        Assert.Equal(intake, search.Phone);
    }

    [Theory]
    [InlineData("010-12345678", "+861012345678")]
    [InlineData("8612345678", "+868612345678")]
    public void OtherNumbersStartingWith86_AreNotTakenForACountryCode(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text).E164);
}
