using Hotline.Domain.Cases;

namespace Hotline.Domain.Reports.Forms;

/// <summary>The step a ledger line records, as the progress column of a follow-up table names it.</summary>
internal static class LedgerKindNames
{
    public static string Chinese(LedgerKind kind) => kind switch
    {
        LedgerKind.Received => "受理",
        LedgerKind.Opened => "立项",
        LedgerKind.Answered => "当场答复",
        LedgerKind.Redirected => "转回楼盘",
        LedgerKind.Dispatched => "派单",
        LedgerKind.Notified => "通知",
        LedgerKind.Acknowledged => "确认接单",
        LedgerKind.Arrived => "到场",
        LedgerKind.Progress => "处理进度",
        LedgerKind.FollowUp => "跟进",
        LedgerKind.Escalated => "上报",
        LedgerKind.Completed => "处理完毕",
        LedgerKind.CannotResolve => "无法处理",
        LedgerKind.Approved => "审批",
        LedgerKind.Revisit => "回访",
        LedgerKind.Reopened => "重新处理",
        LedgerKind.Reassigned => "改派",
        LedgerKind.HandedOver => "移交",
        LedgerKind.Suspended => "挂起",
        LedgerKind.Resumed => "恢复处理",
        LedgerKind.Related => "连带问题",
        LedgerKind.Instruction => "领导批示",
        LedgerKind.SecondComplaint => "二次投诉",
        LedgerKind.Accountability => "问责",
        LedgerKind.Refused => "拒绝",
        LedgerKind.Closed => "销项",
        LedgerKind.DutyEnded => "首问责任终止",
        LedgerKind.Breach => "首问违规",
        _ => kind.ToString(),
    };

    /// <summary>Lines that are not a step of the follow-up (the intake itself, quality records kept on their own forms).</summary>
    public static bool IsFollowUp(LedgerKind kind) =>
        kind is not (LedgerKind.Received or LedgerKind.Opened or LedgerKind.Answered or LedgerKind.Redirected
            or LedgerKind.Accountability or LedgerKind.Breach or LedgerKind.Refused);
}
