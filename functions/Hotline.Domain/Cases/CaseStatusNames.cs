namespace Hotline.Domain.Cases;

/// <summary>Case statuses as hotline staff say them, for texts and timeline lines (never the code names).</summary>
public static class CaseStatusNames
{
    public static string Chinese(CaseStatus status) => status switch
    {
        CaseStatus.Answered => "已当场答复",
        CaseStatus.Redirected => "已转回楼宇",
        CaseStatus.AwaitingInstruction => "待领导批示",
        CaseStatus.AwaitingRouting => "待确定主办部门",
        CaseStatus.Dispatched => "已派单待确认",
        CaseStatus.InProgress => "处理中",
        CaseStatus.Suspended => "已挂起",
        CaseStatus.Unresolvable => "无法处理待审批",
        CaseStatus.Completed => "已处理完毕待回访",
        CaseStatus.Closed => "已销项",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No Chinese name for this status."),
    };
}
