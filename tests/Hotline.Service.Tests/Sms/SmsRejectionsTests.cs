using System.Text.RegularExpressions;
using Hotline.Domain.Cases;
using Hotline.Domain.Sms;
using Hotline.Service.Sms;

namespace Hotline.Service.Tests.Sms;

/// <summary>A refused SMS action is explained in Chinese, in the sender's own words, never with code names.</summary>
public sealed partial class SmsRejectionsTests
{
    [Theory]
    [InlineData(SmsVerb.Acknowledge, CaseStatus.Completed, "收到", "已处理完毕待回访")]
    [InlineData(SmsVerb.CannotResolve, CaseStatus.Closed, "无法处理", "已销项")]
    [InlineData(SmsVerb.Arrived, CaseStatus.Suspended, "已到达", "已挂起")]
    public void ReplyThatDoesNotFitTheStatus_SaidInChinese_WithTheVerbAndTheStatus(SmsVerb verb, CaseStatus status, string said, string where)
    {
        var text = SmsRejections.Explain(Rejection.Invalid, $"Case 20261130-0005 is {status}.", "0005", verb, status);

        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.Contains(where, text, StringComparison.Ordinal);
        Assert.Contains("0005", text, StringComparison.Ordinal);
        Assert.False(CodeName().IsMatch(text), text);
    }

    [Fact]
    public void EveryStatus_HasAChineseName()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            Assert.False(CodeName().IsMatch(CaseStatusNames.Chinese(status)), status.ToString());
        }
    }

    [Fact]
    public void RuleWithoutWordingOfItsOwn_ChineseWithTheRuleId_NotTheEnglishReason()
    {
        var text = SmsRejections.Explain("R-FU-12", "Suspension needs the upstream office's approval reference.", "0005", SmsVerb.Progress, CaseStatus.InProgress);

        Assert.Contains("R-FU-12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("approval", text, StringComparison.Ordinal);
    }

    /// <summary>A Latin word of three letters or more other than a rule id: a code name or English leaking into a text.</summary>
    [GeneratedRegex(@"(?<!R-[A-Z]{0,2})\b(?!R-)[A-Za-z]{3,}\b")]
    private static partial Regex CodeName();
}
