using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsCommandParserFailureTests
{
    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("收到了吗")]
    [InlineData("收到了")]
    [InlineData("收到?")]
    [InlineData("收到？")]
    [InlineData("确认收到")]
    [InlineData("OKAY")]
    [InlineData("ok了")]
    [InlineData("0042 收到了吗")]
    public void Acknowledge_VerbGluedToOtherWords_IsNotAnAcknowledgement(string text)
    {
        var failure = ParseFails(text);

        Assert.Equal(SmsParseError.VerbNotSeparated, failure.Error);
        Assert.Contains("(ACK", failure.HelpReply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("已到达了", SmsVerb.Arrived)]
    [InlineData("已到现场", SmsVerb.Arrived)]
    [InlineData("完成了 0042", SmsVerb.Done)]
    [InlineData("进展已到现场", SmsVerb.Progress)]
    [InlineData("DONEZO", SmsVerb.Done)]
    [InlineData("同意吗", SmsVerb.Approve)]
    public void Parse_AnyVerbGluedToWords_NamesTheCorrectForm(string text, SmsVerb verb)
    {
        var failure = ParseFails(text);

        Assert.Equal(SmsParseError.VerbNotSeparated, failure.Error);
        Assert.Contains(SmsVerbLexicon.Usage(verb, "0042"), failure.HelpReply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", SmsParseError.Empty)]
    [InlineData("   ", SmsParseError.Empty)]
    [InlineData("，。", SmsParseError.Empty)]
    [InlineData("　", SmsParseError.Empty)]
    [InlineData("好的", SmsParseError.UnknownVerb)]
    [InlineData("处理 0042", SmsParseError.UnknownVerb)]
    [InlineData("hello 0042", SmsParseError.UnknownVerb)]
    [InlineData("0042 好的", SmsParseError.UnknownVerb)]
    [InlineData("0042", SmsParseError.MissingVerb)]
    [InlineData("#0042。", SmsParseError.MissingVerb)]
    [InlineData("收到 004", SmsParseError.MalformedReference)]
    [InlineData("收到 #42", SmsParseError.MalformedReference)]
    [InlineData("收到 #", SmsParseError.MalformedReference)]
    [InlineData("收到 0042-5", SmsParseError.MalformedReference)]
    [InlineData("收到 0042abc", SmsParseError.MalformedReference)]
    [InlineData("收到 2026112-0042", SmsParseError.MalformedReference)]
    [InlineData("收到 20261122-042", SmsParseError.MalformedReference)]
    [InlineData("收到 20261399-0042", SmsParseError.MalformedReference)]
    [InlineData("004 收到", SmsParseError.MalformedReference)]
    [InlineData("进展 3人已到场", SmsParseError.MalformedReference)]
    [InlineData("收到 0042 0043", SmsParseError.TwoReferences)]
    [InlineData("完成 0042 #0043 已修好", SmsParseError.TwoReferences)]
    [InlineData("完成 0042 20261122-0043", SmsParseError.TwoReferences)]
    [InlineData("0042 完成 0043", SmsParseError.TwoReferences)]
    [InlineData("0042 0043 完成", SmsParseError.TwoReferences)]
    [InlineData("进展 0042", SmsParseError.TextRequired)]
    [InlineData("进展", SmsParseError.TextRequired)]
    [InlineData("PROGRESS 0042 ，。", SmsParseError.TextRequired)]
    [InlineData("无法处理 0042", SmsParseError.TextRequired)]
    [InlineData("驳回 0042", SmsParseError.TextRequired)]
    [InlineData("不同意 0042", SmsParseError.TextRequired)]
    [InlineData("收到 0042 马上去", SmsParseError.UnexpectedText)]
    [InlineData("收到 我不负责这片", SmsParseError.UnexpectedText)]
    [InlineData("已到达 0042 正在检查", SmsParseError.UnexpectedText)]
    [InlineData("任务 0042", SmsParseError.UnexpectedText)]
    [InlineData("任务 全部", SmsParseError.UnexpectedText)]
    [InlineData("帮助 我", SmsParseError.UnexpectedText)]
    [InlineData("完成 0042 单号:1 单号:2", SmsParseError.TwoSlipNumbers)]
    [InlineData("DONE 0042 SLIP:1 单号:2", SmsParseError.TwoSlipNumbers)]
    public void Parse_OutsideTheGrammar_FailsWithItsKindAndAOneSegmentReply(string text, SmsParseError error)
    {
        var failure = ParseFails(text);

        Assert.Equal(error, failure.Error);
        Assert.Equal(1, SmsSegments.Count(failure.HelpReply));
    }

    [Fact]
    public void Failure_HelpReply_StartsWithReasonAndGivesTheFormInBothLanguages()
    {
        var failure = ParseFails("进展 0042");

        Assert.StartsWith(failure.Reason, failure.HelpReply, StringComparison.Ordinal);
        Assert.Contains("\"进展 0042 情况\"(PROGRESS 0042 text)", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_WithSendersFullId_UsesItInTheExample()
    {
        var failure = ParseFails("驳回 20261122-0042");

        Assert.Contains("\"驳回 20261122-0042 原因\"(REJECT 20261122-0042 reason)", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_UnknownWord_IsEchoedSoTheSenderSeesWhatWasNotUnderstood()
    {
        var failure = ParseFails("好的师傅 0042");

        Assert.Contains("\"好的师傅\"", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("(HELP)", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_MalformedReference_EchoesTheTokenAndShowsBothReferenceForms()
    {
        var failure = ParseFails("完成 004");

        Assert.Contains("\"004\"", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("20261122-0042", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_NoteOnAcknowledge_PointsToProgress()
    {
        var failure = ParseFails("收到 0042 马上去");

        Assert.Contains("\"进展 0042 情况\"(PROGRESS)", failure.HelpReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SmsCommandParser.Parse(null!));

    private static SmsParseFailure ParseFails(string text)
    {
        var result = SmsCommandParser.Parse(text);
        Assert.False(result.IsSuccess, $"'{text}' parsed as {result.Command}");
        return result.Failure;
    }
}
