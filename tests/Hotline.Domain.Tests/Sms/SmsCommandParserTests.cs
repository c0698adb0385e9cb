using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsCommandParserTests
{
    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("收到 0042", "0042")]
    [InlineData("已收到 0042", "0042")]
    [InlineData("确认 0042", "0042")]
    [InlineData("收到0042", "0042")]
    [InlineData("收到 #0042", "0042")]
    [InlineData("收到#0042", "0042")]
    [InlineData("收到，0042。", "0042")]
    [InlineData("  收到  0042  ", "0042")]
    [InlineData("0042 收到", "0042")]
    [InlineData("0042收到", "0042")]
    [InlineData("#0042，收到！", "0042")]
    [InlineData("收到 20261122-0042", "20261122-0042")]
    [InlineData("20261122-0042 收到", "20261122-0042")]
    [InlineData("ACK 0042", "0042")]
    [InlineData("ack 0042", "0042")]
    [InlineData("Ok 0042", "0042")]
    [InlineData("OK", null)]
    [InlineData("收到", null)]
    [InlineData("收到。", null)]
    [InlineData("收到！", null)]
    [InlineData("收到 12345", "12345")]
    public void Acknowledge_AnyAcceptedForm_IsAcknowledgement(string text, string? reference)
    {
        var command = ParseOk(text);

        Assert.Equal(SmsVerb.Acknowledge, command.Verb);
        Assert.Equal(reference, command.Reference?.ToString());
        Assert.Null(command.Text);
        Assert.Null(command.SlipNumber);
    }

    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("收到　００４２")]
    [InlineData("ＡＣＫ　００４２")]
    [InlineData("ａｃｋ　＃００４２")]
    [InlineData("００４２　收到")]
    [InlineData("收到：００４２；")]
    public void Acknowledge_FullWidth_IsFoldedToHalfWidth(string text)
    {
        var command = ParseOk(text);

        Assert.Equal(SmsVerb.Acknowledge, command.Verb);
        Assert.Equal("0042", command.Reference?.Sequence);
    }

    [Theory]
    [InlineData("到达 0042", SmsVerb.Arrived, "0042", null)]
    [InlineData("已到达 0042", SmsVerb.Arrived, "0042", null)]
    [InlineData("已到 0042", SmsVerb.Arrived, "0042", null)]
    [InlineData("arrived #0042", SmsVerb.Arrived, "0042", null)]
    [InlineData("进展 0042 已联系业主，明早上门", SmsVerb.Progress, "0042", "已联系业主，明早上门")]
    [InlineData("进度0042等配件", SmsVerb.Progress, "0042", "等配件")]
    [InlineData("0042 进展 等配件", SmsVerb.Progress, "0042", "等配件")]
    [InlineData("进展 等配件", SmsVerb.Progress, null, "等配件")]
    [InlineData("PROGRESS 0042 waiting for parts", SmsVerb.Progress, "0042", "waiting for parts")]
    [InlineData("note 0042 owner not home", SmsVerb.Progress, "0042", "owner not home")]
    [InlineData("进展 0042 换了２个阀门", SmsVerb.Progress, "0042", "换了2个阀门")]
    [InlineData("进展 0042 2025年的老管子", SmsVerb.Progress, "0042", "2025年的老管子")]
    [InlineData("无法处理 0042 需要更换主管道", SmsVerb.CannotResolve, "0042", "需要更换主管道")]
    [InlineData("无法完成 0042 业主拒绝入户", SmsVerb.CannotResolve, "0042", "业主拒绝入户")]
    [InlineData("CANNOT 0042 no access", SmsVerb.CannotResolve, "0042", "no access")]
    [InlineData("同意 0042", SmsVerb.Approve, "0042", null)]
    [InlineData("批准 20261122-0042", SmsVerb.Approve, "20261122-0042", null)]
    [InlineData("同意 0042 先派工程部查看", SmsVerb.Approve, "0042", "先派工程部查看")]
    [InlineData("APPROVE 0042", SmsVerb.Approve, "0042", null)]
    [InlineData("不同意 0042 未见服务单", SmsVerb.Reject, "0042", "未见服务单")]
    [InlineData("驳回 0042 未见服务单", SmsVerb.Reject, "0042", "未见服务单")]
    [InlineData("0042 不同意 未见服务单", SmsVerb.Reject, "0042", "未见服务单")]
    [InlineData("reject 0042 no slip", SmsVerb.Reject, "0042", "no slip")]
    [InlineData("任务", SmsVerb.Tasks, null, null)]
    [InlineData("查询", SmsVerb.Tasks, null, null)]
    [InlineData("TASKS", SmsVerb.Tasks, null, null)]
    [InlineData("list", SmsVerb.Tasks, null, null)]
    [InlineData("帮助", SmsVerb.Help, null, null)]
    [InlineData("?", SmsVerb.Help, null, null)]
    [InlineData("？", SmsVerb.Help, null, null)]
    [InlineData("help", SmsVerb.Help, null, null)]
    public void Parse_EachVerbInBothLanguages_ReadsVerbReferenceAndText(string input, SmsVerb verb, string? reference, string? text)
    {
        var command = ParseOk(input);

        Assert.Equal(new SmsCommand(verb, command.Reference, text, null), command);
        Assert.Equal(reference, command.Reference?.ToString());
    }

    [Theory]
    [InlineData("完成 0042", "0042", null, null)]
    [InlineData("已完成 0042", "0042", null, null)]
    [InlineData("办结 0042", "0042", null, null)]
    [InlineData("DONE 0042", "0042", null, null)]
    [InlineData("完成", null, null, null)]
    [InlineData("完成 0042 已修好", "0042", "已修好", null)]
    [InlineData("完成 0042 单号:A1234", "0042", null, "A1234")]
    [InlineData("完成 0042 单号：５６７８", "0042", null, "5678")]
    [InlineData("完成 0042 单号5678", "0042", null, "5678")]
    [InlineData("完成 0042 单号 5678", "0042", null, "5678")]
    [InlineData("完成 0042 已修好，单号:5678，业主已签字", "0042", "已修好 业主已签字", "5678")]
    [InlineData("完成 0042 服务单号:5678", "0042", null, "5678")]
    [InlineData("0042 完成 单号:5678 换了水龙头", "0042", "换了水龙头", "5678")]
    [InlineData("DONE 0042 SLIP:5678 replaced tap", "0042", "replaced tap", "5678")]
    [InlineData("done 0042 slip : 5678", "0042", null, "5678")]
    [InlineData("DONE 0042 replaced slip 2 pipes", "0042", "replaced slip 2 pipes", null)]
    [InlineData("完成 0042 单号还没拿到", "0042", "单号还没拿到", null)]
    [InlineData("完成 单号:5678", null, null, "5678")]
    public void Done_WithNoteAndSlip_ReadsBoth(string input, string? reference, string? text, string? slip)
    {
        var command = ParseOk(input);

        Assert.Equal(SmsVerb.Done, command.Verb);
        Assert.Equal(reference, command.Reference?.ToString());
        Assert.Equal(text, command.Text);
        Assert.Equal(slip, command.SlipNumber);
    }

    [Theory]
    [InlineData("已到达 0042", SmsVerb.Arrived)]
    [InlineData("已完成 0042", SmsVerb.Done)]
    [InlineData("无法处理 0042 没配件", SmsVerb.CannotResolve)]
    [InlineData("不同意 0042 理由不足", SmsVerb.Reject)]
    public void Parse_KeywordContainingAnother_LongestKeywordWins(string input, SmsVerb verb) =>
        Assert.Equal(verb, ParseOk(input).Verb);

    [Fact]
    public void Parse_NoteWithFullWidthPunctuation_KeepsPunctuationAsTyped()
    {
        var command = ParseOk("进展 ００４２：已到现场，正在关阀。");

        Assert.Equal("已到现场，正在关阀", command.Text);
    }

    [Fact]
    public void Parse_FullCaseId_KeepsDateAndSequence()
    {
        var reference = ParseOk("完成 20261122-00042").Reference!;

        Assert.Equal("00042", reference.Sequence);
        Assert.Equal("20261122-00042", reference.CaseId);
        Assert.True(reference.IsFullId);
    }

    private static SmsCommand ParseOk(string text)
    {
        var result = SmsCommandParser.Parse(text);
        Assert.True(result.IsSuccess, $"'{text}' failed: {result.Failure?.Reason}");
        return result.Command;
    }
}
