using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Count_Ascii_Gsm7Boundaries(int length, int segments)
    {
        var text = new string('a', length);

        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Count_Chinese_Ucs2Boundaries(int length, int segments)
    {
        var text = new string('修', length);

        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.Encoding(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Theory]
    [InlineData("^")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("\\")]
    [InlineData("[")]
    [InlineData("~")]
    [InlineData("]")]
    [InlineData("|")]
    [InlineData("€")]
    public void Count_ExtensionCharacter_CostsTwoSeptets(string extension)
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Encoding(extension));
        Assert.Equal(1, SmsSegments.Count(new string('a', 158) + extension));
        Assert.Equal(2, SmsSegments.Count(new string('a', 159) + extension));
    }

    [Fact]
    public void Count_ExtensionCharacterAtAPartBoundary_IsNotSplit()
    {
        // 152 septets + an escaped char (2) would straddle the 153-septet part: it moves whole to part two.
        var twoParts = new string('a', 152) + "€" + new string('a', 151);
        var threeParts = new string('a', 152) + "€" + new string('a', 152);

        Assert.Equal(2, SmsSegments.Count(twoParts));
        Assert.Equal(3, SmsSegments.Count(threeParts));
    }

    [Theory]
    [InlineData("Hello @ £ $ ¥ è é ù ì ò Ç Ø ø Å å Δ _ Φ Γ Λ Ω Π Ψ Σ Θ Ξ Æ æ ß É ¡ Ä Ö Ñ Ü § ¿ ä ö ñ ü à", SmsEncoding.Gsm7)]
    [InlineData("Line one\nline two\r", SmsEncoding.Gsm7)]
    [InlineData("ç", SmsEncoding.Ucs2)]
    [InlineData("`", SmsEncoding.Ucs2)]
    [InlineData("收到 0042", SmsEncoding.Ucs2)]
    [InlineData("OK…", SmsEncoding.Ucs2)]
    public void Encoding_ChoosesGsm7OnlyWhenEveryCharacterIsInTheAlphabet(string text, SmsEncoding encoding) =>
        Assert.Equal(encoding, SmsSegments.Encoding(text));

    [Fact]
    public void Count_EmojiOutsideTheBmp_CostsTwoUnits()
    {
        var emoji = "👍";

        Assert.Equal(2, SmsSegments.Units(emoji));
        Assert.Equal(1, SmsSegments.Count(new string('好', 68) + emoji));
        Assert.Equal(2, SmsSegments.Count(new string('好', 69) + emoji));
    }

    [Fact]
    public void Count_SurrogatePairAtAPartBoundary_IsNotSplit()
    {
        // 66 units + a pair would straddle the 67-unit part: the pair moves whole to part two.
        var twoParts = new string('好', 66) + "👍" + new string('好', 65);
        var threeParts = new string('好', 66) + "👍" + new string('好', 66);

        Assert.Equal(2, SmsSegments.Count(twoParts));
        Assert.Equal(3, SmsSegments.Count(threeParts));
    }

    [Fact]
    public void Count_OneChineseCharacterInAsciiText_SwitchesTheWholeMessageToUcs2()
    {
        var text = new string('a', 70) + "好";

        Assert.Equal(2, SmsSegments.Count(text));
        Assert.Equal(1, SmsSegments.Count(new string('a', 71)));
    }
}
