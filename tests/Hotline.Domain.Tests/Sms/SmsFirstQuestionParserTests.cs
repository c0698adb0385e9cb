using Hotline.Domain.Cases;
using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

/// <summary>The first-question verbs (004) in the common grammar: verb, reference, then what the verb needs.</summary>
public sealed class SmsFirstQuestionParserTests
{
    [Theory]
    [Trait("Rule", "R-FQ-1")]
    [InlineData("移交 0042 engineering 电话 漏水属工程部", "engineering", HandOverMethod.PhoneBridge, "漏水属工程部")]
    [InlineData("转交0042 赵师傅 陪同 业主要去工程部", "赵师傅", HandOverMethod.Accompanied, "业主要去工程部")]
    [InlineData("0042 移交 到场 不属保安职责 请主管来", null, HandOverMethod.SupervisorOnSite, "不属保安职责 请主管来")]
    [InlineData("HANDOVER 0042 engineering PHONE leak", "engineering", HandOverMethod.PhoneBridge, "leak")]
    public void HandOver_NamesWhoOptionally_HowAndWhy(string text, string? to, HandOverMethod method, string reason)
    {
        var command = SmsCommandParser.Parse(text).Command!;

        Assert.Equal((SmsVerb.HandOver, "0042", to, (HandOverMethod?)method, reason),
            (command.Verb, command.Reference?.ToString(), command.HandOverTo, command.HandOverMethod, command.Text));
    }

    [Theory]
    [Trait("Rule", "R-FQ-1")]
    [InlineData("移交 0042 engineering 漏水", "方式")]
    [InlineData("移交 0042 engineering 电话", "原因")]
    [InlineData("移交 0042", "原因")]
    public void HandOver_WithoutTheWayOrTheReason_IsRefused_WithTheFullForm(string text, string missing)
    {
        var failure = SmsCommandParser.Parse(text).Failure!;

        Assert.Contains(missing, failure.HelpReply, StringComparison.Ordinal);
        Assert.Contains("\"移交 0042 部门 电话/到场/陪同 原因\"", failure.HelpReply, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R-FQ-1")]
    [InlineData("接收 0042", null)]
    [InlineData("已接收 0042 已安排维修工", "已安排维修工")]
    [InlineData("0042 接收", null)]
    public void Receive_TakesAnOptionalNote(string text, string? note)
    {
        var command = SmsCommandParser.Parse(text).Command!;

        Assert.Equal((SmsVerb.Receive, "0042", note), (command.Verb, command.Reference?.ToString(), command.Text));
    }

    [Theory]
    [Trait("Rule", "R-FQ-2")]
    [InlineData("通知首问 0042 已更换水管", "已更换水管")]
    [InlineData("告知首问0042 已更换水管", "已更换水管")]
    public void NotifyOwner_CarriesTheResult(string text, string result)
    {
        var command = SmsCommandParser.Parse(text).Command!;

        Assert.Equal((SmsVerb.NotifyOwner, "0042", result), (command.Verb, command.Reference?.ToString(), command.Text));
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void NotifyOwner_WithoutTheResult_IsRefused_SayingHow()
    {
        var failure = SmsCommandParser.Parse("通知首问 0042").Failure!;

        Assert.Equal(SmsParseError.TextRequired, failure.Error);
        Assert.Contains("\"通知首问 0042 处理结果\"", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Done_StillWins_For办结_AndTheFirstQuestionHelp_ExampleParses()
    {
        Assert.Equal(SmsVerb.Done, SmsCommandParser.Parse("办结 0042").Command!.Verb);
        var help = SmsTemplates.HelpWithFirstQuestion();
        foreach (var keyword in new[] { "(ACK)", "(HANDOVER)", "(RECEIVE)", "(NOTIFY)" })
        {
            Assert.Contains(keyword, help, StringComparison.Ordinal);
        }

        var example = help[(help.LastIndexOf("例：", StringComparison.Ordinal) + 2)..];
        Assert.Equal(SmsVerb.HandOver, SmsCommandParser.Parse(example).Command!.Verb);
    }
}
