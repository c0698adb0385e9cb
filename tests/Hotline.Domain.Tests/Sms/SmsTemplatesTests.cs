using Hotline.Domain.Cases;
using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsTemplatesTests
{
    private const string Ref = "0042";
    private const string Due = "11-22 18:00";
    private const string Address = "翠苑小区3号楼2单元502室";
    private const string Summary = "厨房水管漏水，楼下天花板渗水";
    private const string LongAddress = "华府国际花园东区十二号楼三单元二十一层二一零三室";
    private const string LongSummary = "业主反映卫生间地漏返臭严重，已多次自行疏通无效，要求物业尽快派人上门检查处理并给出解决方案";

    private static TheoryData<string, string, string?> Outgoing(string address, string summary) => new()
    {
        { nameof(SmsTemplates.TaskAssigned), SmsTemplates.TaskAssigned(Ref, "维修", address, summary, Due), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.FollowUp), SmsTemplates.FollowUp(Ref, summary), $"\"完成 {Ref}\"" },
        { nameof(SmsTemplates.EndOfDayReminder), SmsTemplates.EndOfDayReminder(Ref), $"\"完成 {Ref}\"" },
        { nameof(SmsTemplates.NotArrangedEscalation), SmsTemplates.NotArrangedEscalation(Ref, "王建国", summary), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.EmergencyAlert), SmsTemplates.EmergencyAlert(Ref, summary, address), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.EmergencyCrew), SmsTemplates.EmergencyCrew(Ref, summary, address), $"到场回复\"已到达 {Ref}\"" },
        { nameof(SmsTemplates.EmergencyLadder), SmsTemplates.EmergencyLadder(Ref, summary, "主管副总"), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.SecondComplaint), SmsTemplates.SecondComplaint(Ref, "所长"), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.Overdue), SmsTemplates.Overdue(Ref, Due), $"\"完成 {Ref}\"" },
        { nameof(SmsTemplates.SevenDayEscalation), SmsTemplates.SevenDayEscalation(Ref, 7), $"回复\"收到 {Ref}\"" },
        { nameof(SmsTemplates.RevisitDue), SmsTemplates.RevisitDue(Ref), $"回复\"收到 {Ref}\"" },
        { "ApprovalRequest.Closure", SmsTemplates.ApprovalRequest(Ref, ApprovalKind.Closure), $"\"驳回 {Ref} 原因\"" },
        { "ApprovalRequest.ForcedClosure", SmsTemplates.ApprovalRequest(Ref, ApprovalKind.ForcedClosure), $"\"驳回 {Ref} 原因\"" },
        { "ApprovalRequest.Instruction", SmsTemplates.ApprovalRequest(Ref, ApprovalKind.Instruction), $"\"同意 {Ref} 意见\"或\"驳回 {Ref} 原因\"" },
        { nameof(SmsTemplates.CallerAccepted), SmsTemplates.CallerAccepted(Ref, Due), null },
        { nameof(SmsTemplates.CallerRedirected), SmsTemplates.CallerRedirected(summary.Length > 20 ? "华府国际花园东区十二号楼" : "翠苑小区"), null },
    };

    public static TheoryData<string, string, string?> Typical => Outgoing(Address, Summary);

    public static TheoryData<string, string, string?> Long => Outgoing(LongAddress, LongSummary);

    [Theory]
    [MemberData(nameof(Typical))]
    public void Template_TypicalInput_FitsOneSegmentWithoutCutting(string template, string message, string? reply)
    {
        Assert.True(SmsSegments.Count(message) == 1, $"{template} has {message.Length} chars: {message}");
        Assert.DoesNotContain(SmsFit.Ellipsis, message, StringComparison.Ordinal);
        AssertEndsWithReply(message, reply);
    }

    [Theory]
    [MemberData(nameof(Long))]
    public void Template_LongAddressAndSummary_IsCutToOneSegmentAndKeepsTheReply(string template, string message, string? reply)
    {
        Assert.True(SmsSegments.Count(message) == 1, $"{template} has {message.Length} chars: {message}");
        AssertEndsWithReply(message, reply);
    }

    [Fact]
    public void TaskAssigned_LongInputs_CutsBothFreePartsWithEllipsisAndKeepsCategoryAndDue()
    {
        var message = SmsTemplates.TaskAssigned(Ref, "维修", LongAddress, LongSummary, Due);

        Assert.Equal(SmsSegments.Ucs2Single, message.Length);
        Assert.Contains("华府国际", message, StringComparison.Ordinal);
        Assert.Contains("业主反映", message, StringComparison.Ordinal);
        Assert.Equal(2, message.Count(c => c == '…'));
        Assert.Contains($"【新任务{Ref}】维修：", message, StringComparison.Ordinal);
        Assert.Contains($"限{Due}前", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmergencyAlert_LongSummaryShortAddress_CutsOnlyTheSummary()
    {
        var message = SmsTemplates.EmergencyAlert(Ref, LongSummary, "3号楼");

        Assert.Contains("【紧急0042】3号楼：", message, StringComparison.Ordinal);
        Assert.Equal(1, message.Count(c => c == '…'));
        Assert.Equal(1, SmsSegments.Count(message));
    }

    [Fact]
    public void FollowUp_SummaryWithEmoji_NeverSplitsTheSurrogatePair()
    {
        var summary = string.Concat(Enumerable.Repeat("漏水👍", 20));

        var message = SmsTemplates.FollowUp(Ref, summary);

        Assert.Equal(1, SmsSegments.Count(message));
        Assert.Contains(SmsFit.Ellipsis, message, StringComparison.Ordinal);
        for (var i = 0; i < message.Length; i++)
        {
            Assert.False(char.IsLowSurrogate(message[i]) && (i == 0 || !char.IsHighSurrogate(message[i - 1])), $"lone low surrogate at {i}");
            Assert.False(char.IsHighSurrogate(message[i]) && (i + 1 == message.Length || !char.IsLowSurrogate(message[i + 1])), $"lone high surrogate at {i}");
        }
    }

    [Fact]
    public void Template_FixedPartTooLongForOneSegment_SendsTheWholeTextUncut()
    {
        var longName = new string('楼', 40);

        var message = SmsTemplates.NotArrangedEscalation(Ref, longName, Summary);

        Assert.Contains(Summary, message, StringComparison.Ordinal);
        Assert.Equal(2, SmsSegments.Count(message));
    }

    /// <summary>Messages that expect an answer end with it; messages to callers expect none and say nothing about replying.</summary>
    private static void AssertEndsWithReply(string message, string? reply)
    {
        if (reply is null)
        {
            Assert.DoesNotContain("回复", message, StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith(reply, message, StringComparison.Ordinal);
        }
    }
}
