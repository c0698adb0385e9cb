using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsRepliesTests
{
    [Theory]
    [InlineData(SmsVerb.Acknowledge, "已确认收到0042")]
    [InlineData(SmsVerb.Arrived, "已记录0042到场")]
    [InlineData(SmsVerb.Progress, "已记录0042的进展")]
    [InlineData(SmsVerb.Done, "已记录0042完成")]
    [InlineData(SmsVerb.CannotResolve, "已记录0042无法处理")]
    [InlineData(SmsVerb.Approve, "已同意0042")]
    [InlineData(SmsVerb.Reject, "已驳回0042")]
    public void Confirmed_EachActionVerb_NamesWhatWasRecordedInOneSegment(SmsVerb verb, string expected)
    {
        var reply = SmsTemplates.Confirmed(verb, "0042");

        Assert.StartsWith(expected, reply, StringComparison.Ordinal);
        Assert.Equal(1, SmsSegments.Count(reply));
    }

    [Theory]
    [InlineData(SmsVerb.Tasks)]
    [InlineData(SmsVerb.Help)]
    public void Confirmed_QueryVerb_IsACallerBug(SmsVerb verb) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmsTemplates.Confirmed(verb, "0042"));

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Confirmed_Acknowledge_TellsHowToReportArrival() =>
        Assert.Contains("\"已到达 0042\"", SmsTemplates.Confirmed(SmsVerb.Acknowledge, "0042"), StringComparison.Ordinal);

    [Fact]
    public void Help_ListsEveryVerbWithItsEnglishKeyword()
    {
        var help = SmsTemplates.Help();

        foreach (var keyword in new[] { "(ACK)", "(ARRIVED)", "(PROGRESS)", "(DONE)", "(CANNOT)", "(APPROVE)", "(REJECT)", "(TASKS)" })
        {
            Assert.Contains(keyword, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_ItsExample_ParsesWithTheGrammar()
    {
        var help = SmsTemplates.Help();
        var example = help[(help.IndexOf("例：", StringComparison.Ordinal) + 2)..help.IndexOf('。', help.IndexOf("例：", StringComparison.Ordinal))];

        Assert.Equal(new SmsCommand(SmsVerb.Done, SmsReference.FromSequence("0042"), null, "123"), SmsCommandParser.Parse(example).Command);
        Assert.Equal(2, SmsSegments.Count(help));
    }

    [Fact]
    public void TaskList_CollidingSequences_ShowsTheFullIdOnlyForThem()
    {
        var tasks = new[] { new OpenTask("20261122-0042", "0042"), new OpenTask("20261121-0042", "0042"), new OpenTask("20261122-0051", "0051") };

        var reply = SmsTemplates.TaskList(tasks);

        Assert.Contains("您有3件待办：20261122-0042、20261121-0042、0051。", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskList_Empty_IsNoTasks() => Assert.Equal(SmsTemplates.NoTasks(), SmsTemplates.TaskList([]));

    [Fact]
    public void Ambiguous_ListsRefsAndShowsAnExampleWithTheFirst()
    {
        var reply = SmsTemplates.Ambiguous(["0042", "0043"]);

        Assert.Equal("您有2件待办：0042、0043。请在指令后加编号重发，如\"完成 0042\"", reply);
    }

    [Fact]
    public void NotFound_NamesTheReferenceAndHowToList()
    {
        var reply = SmsTemplates.NotFound("0099");

        Assert.Contains("0099", reply, StringComparison.Ordinal);
        Assert.Contains("\"任务\"(TASKS)", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_CarriesTheReason() =>
        Assert.StartsWith("未能执行：尚未处理，不能销项。", SmsTemplates.Refused("尚未处理，不能销项"), StringComparison.Ordinal);
}
