namespace Hotline.Domain.Sms;

// Texts asking for the quality records (R-RP-10, R-RP-11); they are answered in the console, not by SMS reply.
public static partial class SmsTemplates
{
    /// <summary>GM hotline: the quality office assesses the unit head for a closed complaint (000 §3.1.5, QR-8.2.1-01-13).</summary>
    public static string AssessmentDue(string reference, string unitHead) =>
        $"【考评{reference}】总经理热线投诉已销项，请全质办考核楼盘负责人{unitHead}，记入《服务质量考评记录》。";

    /// <summary>Park dispatch: a complaint caused by unqualified service quality (001 篇1 §2).</summary>
    public static string CorrectiveActionDue(string reference, string summary) =>
        SmsFit.OneSegment(s => $"【纠正预防{reference}】{s}：因服务质量不合格产生的投诉，请填《纠正与预防措施》报质量管理部备案", summary);
}
