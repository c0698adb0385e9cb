using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class E164Tests
{
    [Theory]
    [InlineData("+8613812345678", true)]
    [InlineData("+18005550100", true)]
    [InlineData("8613812345678", false)]
    [InlineData("+86 138 1234 5678", false)]
    [InlineData("+08613812345678", false)]
    [InlineData("+1234567890123456", false)]
    [InlineData("+123456", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_OnlyStrictE164(string? number, bool expected)
    {
        Assert.Equal(expected, E164.IsValid(number));
    }

    [Theory]
    [InlineData("+8613812345678", "+8613812345678")]
    [InlineData("8613812345678", "+8613812345678")]
    [InlineData("008613812345678", "+8613812345678")]
    [InlineData("+86 138-1234-5678", "+8613812345678")]
    [InlineData("(+1) 800 555 0100", "+18005550100")]
    [InlineData("---", null)]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Normalize_LenientInput_GivesPlusAndDigits(string? number, string? expected)
    {
        Assert.Equal(expected, E164.Normalize(number));
    }
}
