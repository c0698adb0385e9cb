using System.Globalization;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Sms;

/// <summary>
/// Outgoing SMS texts. Strings in, string out: times arrive preformatted ("11-22 18:00"). Each message
/// that expects an answer ends with the exact reply to send, and the free text (summary, address) is
/// shortened with "…" so that a typical message fits one UCS-2 segment (70 characters).
/// </summary>
public static partial class SmsTemplates
{
    /// <summary>A new task for the responsible person (R-DS-1).</summary>
    public static string TaskAssigned(string reference, string category, string address, string summary, string due) =>
        SmsFit.OneSegment((a, s) => $"【新任务{reference}】{category}：{a}，{s}。限{due}前。回复\"收到 {reference}\"", address, summary);

    /// <summary>The first follow-up two hours after dispatch: how is it arranged, hurry up (R-FU-1).</summary>
    public static string FollowUp(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【跟进{reference}】{s}，安排了吗？请尽快处理。回复\"进展 {reference} 情况\"或\"完成 {reference}\"", summary);

    /// <summary>The second follow-up before the end of the working day (R-FU-2).</summary>
    public static string EndOfDayReminder(string reference) =>
        $"【下班前提醒{reference}】任务尚未完成，请在下班前反馈。回复\"进展 {reference} 情况\"或\"完成 {reference}\"";

    /// <summary>To the manager: nothing was arranged by the end of the day (R-FU-2).</summary>
    public static string NotArrangedEscalation(string reference, string assigneeName, string summary) =>
        SmsFit.OneSegment(s => $"【未安排{reference}】{assigneeName}至今未安排：{s}。请督办，回复\"收到 {reference}\"", summary);

    /// <summary>To the manager, by the fastest means (R-EM-2).</summary>
    public static string EmergencyAlert(string reference, string summary, string address) =>
        SmsFit.OneSegment((a, s) => $"【紧急{reference}】{a}：{s}。请立即处置，回复\"收到 {reference}\"", address, summary);

    /// <summary>To the responsible crew: go on site and report back (R-EM-3).</summary>
    public static string EmergencyCrew(string reference, string summary, string address) =>
        SmsFit.OneSegment((a, s) => $"【紧急出动{reference}】{a}：{s}。速到场，回复\"收到 {reference}\"，到场回复\"已到达 {reference}\"", address, summary);

    /// <summary>Skipping levels when the manager cannot be reached: deputy GM, then GM (R-EM-2).</summary>
    public static string EmergencyLadder(string reference, string summary, string levelName) =>
        SmsFit.OneSegment(s => $"【紧急{reference}·越级报{levelName}】上级联系不上：{s}。请指示，回复\"收到 {reference}\"", summary);

    /// <summary>A second complaint about an unfinished case, escalated one level (R-FU-8).</summary>
    public static string SecondComplaint(string reference, string levelName) =>
        $"【二次投诉{reference}】业主再次投诉，事项仍未办结，已升级至{levelName}督办。回复\"收到 {reference}\"";

    /// <summary>The time limit has passed (R-FU-7, R-FU-8).</summary>
    public static string Overdue(string reference, string due) =>
        $"【超时{reference}】时限{due}已过，仍未办结。回复\"进展 {reference} 情况\"或\"完成 {reference}\"";

    /// <summary>Not resolved within 7 days or no measures decided: written report to the group head and quality office (R-FU-6).</summary>
    public static string SevenDayEscalation(string reference, int days) => string.Create(
        CultureInfo.InvariantCulture,
        $"【超{days}天未解决{reference}】投诉仍未解决或未定措施，请书面上报集团及全质办。回复\"收到 {reference}\"");

    /// <summary>A finished case is due for its revisit (R-RV-1, R-RV-3).</summary>
    public static string RevisitDue(string reference) =>
        $"【待回访{reference}】事项已完成，请按时回访业主并记录满意度。回复\"收到 {reference}\"";

    /// <summary>To a manager: approve a closure or forced closure, or give an instruction.</summary>
    public static string ApprovalRequest(string reference, ApprovalKind kind) => kind switch
    {
        ApprovalKind.Closure => $"【待审批{reference}】重大/紧急事项申请销项。回复\"同意 {reference}\"或\"驳回 {reference} 原因\"",
        ApprovalKind.ForcedClosure => $"【待审批{reference}】无法解决事项申请强制销项。回复\"同意 {reference}\"或\"驳回 {reference} 原因\"",
        ApprovalKind.Instruction => $"【待批示{reference}】疑难事项请批示处理意见。回复\"同意 {reference} 意见\"或\"驳回 {reference} 原因\"",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>To the caller: accepted, with the time limit (R-IN-5). No reply is expected.</summary>
    public static string CallerAccepted(string reference, string due) =>
        $"您的诉求已受理，编号{reference}，将于{due}前处理，请保持电话畅通。";

    /// <summary>
    /// To the caller when the case is finished (R-FB-1): the case number and what was done, in one segment; numbers that
    /// look like phones are masked, because the text was written by staff and may name other people.
    /// </summary>
    public static string CallerResult(string reference, string result) =>
        SmsFit.OneSegment(r => $"您的诉求（编号{reference}）已办结：{r}。如有疑问请致电热线。", Privacy.Mask.Text(result));

    /// <summary>To a first-time caller of the GM hotline: go to the building first (R-IN-4). No reply is expected.</summary>
    public static string CallerRedirected(string buildingName) =>
        SmsFit.OneSegment(b => $"您好，首次报事请先联系{b}物业服务中心；如对处理结果不满意，可再致电本热线。", buildingName);
}
