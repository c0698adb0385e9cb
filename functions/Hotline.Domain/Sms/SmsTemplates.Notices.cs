namespace Hotline.Domain.Sms;

// Texts for the notices the case machine sends that the field-reply templates do not cover.
public static partial class SmsTemplates
{
    /// <summary>To the manager at once: a major complaint (R-DS-4).</summary>
    public static string MajorReport(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【重大投诉{reference}】{s}。已立项派单，请知悉督办。回复\"收到 {reference}\"", summary);

    /// <summary>Monday review of last week's cases (R-FU-3).</summary>
    public static string WeeklyReview(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【周一跟进{reference}】{s}，上周未办结。回复\"进展 {reference} 情况\"", summary);

    /// <summary>To the manager: an unresolvable case to confirm or give a new approach (R-FU-3).</summary>
    public static string UnresolvableReview(string reference, string reason) =>
        SmsFit.OneSegment(r => $"【无法处理{reference}】{r}。请确认或确定新的处理方法", reason);

    /// <summary>GM hotline daily follow-up (R-FU-4).</summary>
    public static string DailyFollowUp(string reference) =>
        $"【每日跟进{reference}】请反馈今日处理进度。回复\"进展 {reference} 情况\"或\"完成 {reference}\"";

    /// <summary>GM hotline: the department head's revisit and form within 24 h (R-RV-1, R-FU-5).</summary>
    public static string StageRevisitDue(string reference) =>
        $"【回访表{reference}】请24小时内回访业主并反馈回访表。回复\"进展 {reference} 情况\"";

    /// <summary>To the coordinator: name the lead department (R-DS-5).</summary>
    public static string RoutingRequest(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【待指定部门{reference}】{s}。责任部门不明确，请指定牵头部门", summary);

    /// <summary>A revisit or second complaint found it unsolved (R-RV-3).</summary>
    public static string Reopened(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【重新处理{reference}】回访未解决：{s}。回复\"收到 {reference}\"", summary);

    /// <summary>Paid service: staff not on site by the 20-minute target; the owner must be told now, before the promise lapses at <paramref name="promised"/> (R-FU-9).</summary>
    public static string PaidOnSiteLate(string reference, string promised) =>
        $"【有偿服务{reference}】人员未按时到场，承诺{promised}前上门。如不能按时，请即致电业主说明原因并约定新的时间";

    /// <summary>Paid service: the promised or agreed arrival at <paramref name="promised"/> was missed (R-FU-9).</summary>
    public static string PaidArrivalLate(string reference, string promised) =>
        $"【有偿服务{reference}】未在约定的{promised}前上门，请即致电业主说明原因并约定新的时间";

    /// <summary>To the upstream office: the supervision item's result, or how far it has got (R-FU-7).</summary>
    public static string UpstreamReport(string reference, string item, string result, bool finished = true) =>
        SmsFit.OneSegment(r => $"【督办件{item}反馈】编号{reference}{(finished ? "已办结" : "办理情况")}：{r}", result);

    /// <summary>To the handler: an overdue complaint transferred again in writing (R-DS-9). No reply is expected.</summary>
    public static string WrittenTransfer(string reference, string summary, string due) =>
        SmsFit.OneSegment(s => $"【书面转办{reference}】{s}，时限{due}已过仍未办结，现书面转交，请即办理并反馈", summary);

    /// <summary>To the upstream office at once: a major or sudden event (R-DS-9).</summary>
    public static string UpstreamMajorReport(string reference, string category, string summary) =>
        SmsFit.OneSegment(s => $"【重大事件报告{reference}】{category}：{s}。已立项处置，请批示", summary);

    /// <summary>To the upstream office: a complex supervision item, in writing with the leader's opinion (R-DS-9).</summary>
    public static string UpstreamWrittenNotice(string reference, string item, string summary) =>
        SmsFit.OneSegment(s => $"【督办件{item}书面告知】编号{reference}：{s}，难度大、情况复杂，经领导签署意见后办理，将在时限内反馈", summary);

    /// <summary>To the hotline desk: a unit reports the result of a complaint it received directly, for the record (R-IN-7).</summary>
    public static string ResultForRecord(string reference, string category, string result) =>
        SmsFit.OneSegment(r => $"【备案{reference}】本站直接受理的{category}投诉已处理：{r}。请登记台账", result);

    /// <summary>12319: to the manager, a closed case's revisit found the caller dissatisfied (R-RV-2).</summary>
    public static string ClosedCaseDissatisfied(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【回访不满意{reference}】已结案：{s}。市民仍不满意，请决定是否另行立项处理", summary);

    /// <summary>GM hotline: to the building head once the work is done (R-RV-1, R-DS-7). No reply is expected.</summary>
    public static string SecondRevisitDue(string reference) =>
        $"【第二次回访{reference}】投诉已处理完毕，请您亲自回访业主，并从管理上总结整改，按时反馈处理档案及回访表";

    /// <summary>To the hotline agent: report the supervision item upstream now (R-FU-7).</summary>
    public static string UpstreamReportDue(string reference, string item) =>
        $"【督办件{item}上报提醒】编号{reference}上报期限已到，请向二级网络报告办理情况";

    /// <summary>To the manager: first response overdue (R-FU-11).</summary>
    public static string FirstResponseOverdue(string reference, string assigneeName) =>
        $"【未响应{reference}】{assigneeName}超过24小时未回应，请督办。回复\"收到 {reference}\"";
}
