using Hotline.Domain.Kpi;

namespace Hotline.Domain.Cases;

/// <summary>The words the paper forms use (R-PV-2), so ledger lines read as the hotline log and follow-up table do.</summary>
internal static class LedgerLabels
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Phone => "来电",
        Channel.Visit => "来访",
        Channel.Letter => "来信",
        Channel.Web => "网络",
        Channel.Upstream => "上级督办",
        _ => "内部发现",
    };

    public static string Of(OpenReason reason) => reason switch
    {
        OpenReason.OnSiteWork => "A 需现场处理并跟进检查",
        OpenReason.FoundByStaff => "B 领导或员工发现需跟进",
        OpenReason.QueryNeedsFollowUp => "C 咨询需跟进",
        OpenReason.Emergency => "D 紧急事件",
        _ => "E 非本公司职责，业主要求协助了解",
    };

    public static string Of(EvidenceKind evidence) => evidence switch
    {
        EvidenceKind.ServiceSlip => "服务单",
        EvidenceKind.Document => "书面材料",
        _ => "主管通知",
    };

    public static string Of(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Instruction => "处理批示",
        ApprovalKind.Closure => "销项",
        _ => "强制销项",
    };

    public static string Of(ClosureOutcome outcome) => outcome == ClosureOutcome.Resolved ? "已解决" : "强制销项";

    public static string Of(AccountabilityKind kind) => kind switch
    {
        AccountabilityKind.AttitudeComplaint => "服务态度投诉",
        AccountabilityKind.OverdueWithoutReason => "无故超时",
        AccountabilityKind.EscalatedToGovernmentOrMedia => "引发越级投诉或媒体曝光",
        AccountabilityKind.FailedToReport => "未按时反馈",
        AccountabilityKind.LateTransfer => "转交超时",
        _ => "回访不及时",
    };

    public static string Of(AssessmentVerdict verdict) => verdict == AssessmentVerdict.Satisfactory ? "合格" : "不合格";

    public static string Of(NoticeKind kind) => kind switch
    {
        NoticeKind.TaskAssigned => "派单",
        NoticeKind.FollowUp => "跟进催办",
        NoticeKind.EndOfDayReminder => "下班前提醒",
        NoticeKind.NotArrangedEscalation => "未安排上报",
        NoticeKind.MajorReport => "重大投诉报告",
        NoticeKind.EmergencyAlert => "紧急通知",
        NoticeKind.EmergencyCrew => "紧急出动",
        NoticeKind.EmergencyLadder => "越级通知",
        NoticeKind.SecondComplaint => "二次投诉督办",
        NoticeKind.Overdue => "超时提醒",
        NoticeKind.FirstResponseOverdue => "未响应上报",
        NoticeKind.SevenDayEscalation => "七天未解决书面上报",
        NoticeKind.WeeklyReview => "周一跟进",
        NoticeKind.UnresolvableReview => "无法处理待确认",
        NoticeKind.DailyFollowUp => "每日跟进",
        NoticeKind.StageRevisitDue => "回访表催办",
        NoticeKind.RevisitDue => "待回访",
        NoticeKind.ApprovalRequest => "请求审批",
        NoticeKind.RoutingRequest => "请指定责任部门",
        NoticeKind.Reopened => "重新处理",
        NoticeKind.PaidOnSiteLate => "有偿服务未按时到场，须告知业主",
        NoticeKind.PaidArrivalLate => "有偿服务到场超时",
        NoticeKind.UpstreamReport => "督办件反馈",
        NoticeKind.CallerAccepted => "受理及处理时限",
        NoticeKind.CallerResult => "处理结果",
        NoticeKind.WrittenTransfer => "书面转办",
        NoticeKind.UpstreamMajorReport => "重大事件报告二级网络",
        NoticeKind.UpstreamWrittenNotice => "书面告知二级网络",
        NoticeKind.UpstreamReportDue => "督办件上报提醒",
        NoticeKind.SecondRevisitDue => "楼盘负责人第二次回访",
        NoticeKind.ClosedCaseDissatisfied => "结案回访不满意",
        NoticeKind.ResultForRecord => "处理结果报专线员备案",

        // Issue 10, first-question duty (004).
        NoticeKind.FirstQuestionDutyEnded => "首问事项办结通知",
        NoticeKind.BreachDecisionOverdue => "首问问责逾期未决",

        // Quality records (R-RP-10, R-RP-11).
        NoticeKind.AssessmentDue => "服务质量考评",
        NoticeKind.CorrectiveActionDue => "纠正与预防措施报告",
        _ => "请先向楼盘反映",
    };
}
