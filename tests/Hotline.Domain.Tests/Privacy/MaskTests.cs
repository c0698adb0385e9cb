using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Callers;
using Hotline.Domain.Privacy;

namespace Hotline.Domain.Tests.Privacy;

[Trait("Rule", "R-PV-1")]
public sealed class MaskTests
{
    [Theory]
    [InlineData("+8613812345678", "138****5678")]
    [InlineData("8613812345678", "138****5678")]
    [InlineData("008613812345678", "138****5678")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("＋８６１３８１２３４５６７８", "138****5678")]
    [InlineData("+14155550123", "********23")]
    [InlineData("+447911123456", "********56")]
    [InlineData("+85291234567", "******67")]
    [InlineData("010-12345678", "010****5678")]
    [InlineData("+861012345678", "010****5678")]
    [InlineData("+862187654321", "021****4321")]
    [InlineData("12345678", "******78")]
    [InlineData("12319", "***19")]
    [InlineData("110", "*10")]
    [InlineData("12", "**")]
    [InlineData("", "***")]
    [InlineData("+86", "***")]
    [InlineData("unknown", "***")]
    public void Phone_KeepsOnlyWhatIdentifiesNobody(string phone, string masked) =>
        Assert.Equal(masked, Mask.Phone(phone));

    [Theory]
    [InlineData("138 1234 5678")]
    [InlineData("021-87654321")]
    [InlineData("+14155550123")]
    public void Phone_ParsedPhoneNumber_MasksLikeItsWrittenForm(string written) =>
        Assert.Equal(Mask.Phone(written), Mask.Phone(PhoneNumber.Parse(written)));

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("Li Lei", "L*****")]
    [InlineData("  王五  ", "王*")]
    [InlineData("张", "张")]
    [InlineData("𠀀明", "𠀀*")]
    [InlineData("", "")]
    public void Name_FirstCharacterThenOneStarPerCharacter(string name, string masked) =>
        Assert.Equal(masked, Mask.Name(name));

    [Theory]
    [InlineData("业主电话13812345678，请回电", "业主电话138****5678，请回电")]
    [InlineData("call +8613812345678 now", "call 138****5678 now")]
    [InlineData("手机 138-1234-5678 或 138 1234 5678", "手机 138****5678 或 138****5678")]
    [InlineData("座机010-12345678", "座机010****5678")]
    [InlineData("电话１３８１２３４５６７８", "电话138****5678")]
    [InlineData("two: 13812345678/13987654321", "two: 138****5678/139****4321")]
    [InlineData("门牌1234567", "门牌*****67")]
    public void Text_MasksEveryPhoneLikeNumber(string text, string masked) =>
        Assert.Equal(masked, Mask.Text(text));

    [Theory]
    [InlineData("案件20261122-0042已派单")]
    [InlineData("3号楼502室，编号0042，压力0.35MPa")]
    [InlineData("123456 is six digits")]
    public void Text_CaseIdsAndShortNumbers_AreLeftAlone(string text) =>
        Assert.Equal(text, Mask.Text(text));

    [Fact]
    public void Text_Masked_ContainsNoSevenDigitRun()
    {
        var masked = Mask.Text("张三 13812345678 李四 +8613987654321 座机 02187654321");

        Assert.DoesNotMatch(@"\d{7,}", masked);
    }

    [Fact]
    public void Text_AnyMixOfDigitsAndSeparators_LeavesNoSevenDigitRunOutsideCaseIds()
    {
        var text = Gen.ListOf(Gen.Elements("1", "3", "8", "0", "86", "+", "-", " ", "号", "a")).Select(string.Concat);

        Prop.ForAll(text.ToArbitrary(), t =>
        {
            var masked = Regex.Replace(Mask.Text(t), @"(?<!\d)\d{8}-\d{4,}(?!\d)", "#");
            return !Regex.IsMatch(masked, @"\d{7,}");
        }).QuickCheckThrowOnFailure();
    }
}
