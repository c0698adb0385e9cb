using System.Globalization;

namespace Hotline.Domain.Sms;

/// <summary>Replies to staff messages.</summary>
public static partial class SmsTemplates
{
    private const string ListSeparator = "、";
    private const string TasksHint = "回复\"任务\"(TASKS)查看您的待办";

    /// <summary>The command was applied to the case.</summary>
    public static string Confirmed(SmsVerb verb, string reference) => verb switch
    {
        SmsVerb.Acknowledge => $"已确认收到{reference}。到场后回复\"已到达 {reference}\"",
        SmsVerb.Arrived => $"已记录{reference}到场。完成后回复\"完成 {reference} 单号:XXXX\"",
        SmsVerb.Progress => $"已记录{reference}的进展。",
        SmsVerb.Done => $"已记录{reference}完成，回访后销项。",
        SmsVerb.CannotResolve => $"已记录{reference}无法处理，将报管理处负责人。",
        SmsVerb.Approve => $"已同意{reference}。",
        SmsVerb.Reject => $"已驳回{reference}。",
        SmsVerb.HandOver => $"已记入{reference}协调单。接收部门登记后由其处理，办结后会通知您。",
        SmsVerb.Receive => $"已登记接收{reference}。办结后请回复\"通知首问 {reference} 处理结果\"",
        SmsVerb.NotifyOwner => $"已通知{reference}的首问责任人，首问责任结束。",
        // These are answered by TaskList and Help; confirming them would be a bug in the caller.
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Tasks and Help are answered, not confirmed."),
    };

    /// <summary>The command was understood but the case refused it (e.g. closing before it was handled, R-CL-6).</summary>
    public static string Refused(string reason) => $"未能执行：{reason}。{TasksHint}";

    /// <summary>The whole grammar in two segments, with one example that the parser accepts.</summary>
    public static string Help() =>
        "指令 编号 内容：收到(ACK)、已到达(ARRIVED)、进展(PROGRESS)+情况、完成(DONE)、" +
        "无法处理(CANNOT)+原因、同意(APPROVE)、驳回(REJECT)+原因、任务(TASKS)。例：完成 0042 单号:123。仅一件任务可省编号";

    public static string NotFound(string reference) => $"您名下没有编号{reference}的待办任务。{TasksHint}";

    /// <summary>No reference was written and the sender has several open tasks.</summary>
    public static string Ambiguous(IReadOnlyList<string> refs)
    {
        ArgumentNullException.ThrowIfNull(refs);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"您有{refs.Count}件待办：{string.Join(ListSeparator, refs)}。请在指令后加编号重发，如\"完成 {refs[0]}\"");
    }

    /// <summary>A bare sequence matched tasks from different days: only the full id tells them apart.</summary>
    public static string AmbiguousSequence(string sequence, IReadOnlyList<string> caseIds)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        return $"编号{sequence}对应多件任务：{string.Join(ListSeparator, caseIds)}。请改用完整编号重发，如{caseIds[0]}";
    }

    public static string NoTasks() => "您目前没有待办任务。";

    public static string TaskList(IReadOnlyList<OpenTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count == 0)
        {
            return NoTasks();
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"您有{tasks.Count}件待办：{string.Join(ListSeparator, DisplayRefs(tasks))}。回复\"进展 编号 情况\"或\"完成 编号\"");
    }

    /// <summary>The short reference of each task, or its full id when another task shares the same sequence.</summary>
    internal static IReadOnlyList<string> DisplayRefs(IReadOnlyList<OpenTask> tasks)
    {
        var shared = tasks.GroupBy(t => t.Ref, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return tasks.Select(t => shared.Contains(t.Ref) ? t.CaseId : t.Ref).ToArray();
    }
}
