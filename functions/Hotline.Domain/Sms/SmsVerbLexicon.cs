namespace Hotline.Domain.Sms;

/// <summary>The closed vocabulary of verbs and how each is used.</summary>
public static class SmsVerbLexicon
{
    /// <summary>Every keyword with its verb, longest first so that 已到达 wins over 已到 and 不同意 is tried before 同意.</summary>
    public static readonly IReadOnlyList<(string Keyword, SmsVerb Verb)> Keywords = new (string, SmsVerb)[]
    {
        ("收到", SmsVerb.Acknowledge), ("已收到", SmsVerb.Acknowledge), ("确认", SmsVerb.Acknowledge),
        ("ACK", SmsVerb.Acknowledge), ("OK", SmsVerb.Acknowledge),
        ("到达", SmsVerb.Arrived), ("已到达", SmsVerb.Arrived), ("已到", SmsVerb.Arrived), ("ARRIVED", SmsVerb.Arrived),
        ("进展", SmsVerb.Progress), ("进度", SmsVerb.Progress), ("PROGRESS", SmsVerb.Progress), ("NOTE", SmsVerb.Progress),
        ("完成", SmsVerb.Done), ("已完成", SmsVerb.Done), ("办结", SmsVerb.Done), ("DONE", SmsVerb.Done),
        ("无法处理", SmsVerb.CannotResolve), ("无法完成", SmsVerb.CannotResolve), ("CANNOT", SmsVerb.CannotResolve),
        ("同意", SmsVerb.Approve), ("批准", SmsVerb.Approve), ("APPROVE", SmsVerb.Approve),
        ("不同意", SmsVerb.Reject), ("驳回", SmsVerb.Reject), ("REJECT", SmsVerb.Reject),
        ("任务", SmsVerb.Tasks), ("查询", SmsVerb.Tasks), ("TASKS", SmsVerb.Tasks), ("LIST", SmsVerb.Tasks),
        ("帮助", SmsVerb.Help), ("?", SmsVerb.Help), ("HELP", SmsVerb.Help),
        ("移交", SmsVerb.HandOver), ("转交", SmsVerb.HandOver), ("HANDOVER", SmsVerb.HandOver),
        ("接收", SmsVerb.Receive), ("已接收", SmsVerb.Receive), ("RECEIVE", SmsVerb.Receive),
        ("通知首问", SmsVerb.NotifyOwner), ("告知首问", SmsVerb.NotifyOwner), ("NOTIFY", SmsVerb.NotifyOwner),
    }.OrderByDescending(k => k.Item1.Length).ToArray();

    internal static TextRule RuleFor(SmsVerb verb) => verb switch
    {
        SmsVerb.Progress or SmsVerb.CannotResolve or SmsVerb.Reject or SmsVerb.HandOver or SmsVerb.NotifyOwner => TextRule.Required,
        SmsVerb.Done or SmsVerb.Approve or SmsVerb.Receive => TextRule.Optional,
        // 收到 / 已到达 carry no note on purpose: "收到 我不负责这片" must not count as an acknowledgement.
        _ => TextRule.None,
    };

    public static bool TakesReference(SmsVerb verb) => verb is not (SmsVerb.Tasks or SmsVerb.Help);

    /// <summary>The Chinese keyword shown in replies.</summary>
    public static string Chinese(SmsVerb verb) => verb switch
    {
        SmsVerb.Acknowledge => "收到",
        SmsVerb.Arrived => "已到达",
        SmsVerb.Progress => "进展",
        SmsVerb.Done => "完成",
        SmsVerb.CannotResolve => "无法处理",
        SmsVerb.Approve => "同意",
        SmsVerb.Reject => "驳回",
        SmsVerb.Tasks => "任务",
        SmsVerb.Help => "帮助",
        SmsVerb.HandOver => "移交",
        SmsVerb.Receive => "接收",
        SmsVerb.NotifyOwner => "通知首问",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    /// <summary>The correct form of a verb, e.g. <c>"进展 0042 情况"(PROGRESS 0042 text)</c>.</summary>
    public static string Usage(SmsVerb verb, string reference) => verb switch
    {
        SmsVerb.Acknowledge => $"\"收到 {reference}\"(ACK {reference})",
        SmsVerb.Arrived => $"\"已到达 {reference}\"(ARRIVED {reference})",
        SmsVerb.Progress => $"\"进展 {reference} 情况\"(PROGRESS {reference} text)",
        SmsVerb.Done => $"\"完成 {reference} 单号:XXXX\"(DONE {reference} SLIP:XXXX)",
        SmsVerb.CannotResolve => $"\"无法处理 {reference} 原因\"(CANNOT {reference} reason)",
        SmsVerb.Approve => $"\"同意 {reference}\"(APPROVE {reference})",
        SmsVerb.Reject => $"\"驳回 {reference} 原因\"(REJECT {reference} reason)",
        SmsVerb.Tasks => "\"任务\"(TASKS)",
        SmsVerb.Help => "\"帮助\"(HELP)",
        SmsVerb.HandOver => $"\"移交 {reference} 部门 电话/到场/陪同 原因\"(HANDOVER {reference} unit how reason)",
        SmsVerb.Receive => $"\"接收 {reference} 备注\"(RECEIVE {reference} note)",
        SmsVerb.NotifyOwner => $"\"通知首问 {reference} 处理结果\"(NOTIFY {reference} result)",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };
}

/// <summary>Whether a verb takes free text after its reference.</summary>
internal enum TextRule
{
    None,
    Optional,
    Required,
}
