using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// Each form's own title and number as the seed writes it: the GM hotline's records are listed in 000 篇3 §7.0
/// (QR-8.2.1-01-09 … 13); the park office's in 001 篇1 §5 and 篇2 §5; heating's two ledgers in 003 §六(一); the
/// first-question records in 004. A profile whose seed names no such form gets a plain descriptive title and no number.
/// </summary>
internal static class FormTitles
{
    private const string Gm = "gm-hotline";
    private const string Park = "park-dispatch";
    private const string Heating = "heating-supervision";
    private const string GmPrefix = "物业集团\u201C总经理热线\u201D";

    public static (string Title, string? Number) For(string code, Profile profile) => (code, profile.Id) switch
    {
        (FormCodes.HotlineLog, Gm) => (GmPrefix + "记录", "QR-8.2.1-01-09"),
        (FormCodes.FollowUpTable, Gm) => (GmPrefix + "跟进情况表", "QR-8.2.1-01-10"),
        (FormCodes.RevisitForm, Gm) => (GmPrefix + "处理回访表", "QR-8.2.1-01-11"),
        (FormCodes.ProcessingFile, Gm) => (GmPrefix + "处理档案", "QR-8.2.1-01-12"),
        (FormCodes.AssessmentRecord, _) => ("服务质量考评记录", profile.Id == Gm ? "QR-8.2.1-01-13" : null),

        // 001 篇1 §5.2 / 篇2 §5.1: the dispatch record is at once the log (every call) and, per case, the 立项/销项 file.
        (FormCodes.HotlineLog, Park) => ("物业管理投诉调度记录", null),
        (FormCodes.ProcessingFile, Park) => ("投诉调度记录（立项 / 销项）", null),
        (FormCodes.FollowUpTable, Park) => ("投诉跟进记录", null),
        (FormCodes.RevisitForm, Park) => ("服务回访记录", null),
        (FormCodes.MonthlySummary, _) => ("物业管理投诉调度记录月总结表", null),

        // 003 §六(一): every call into the 电话接听工作台帐; every supervision item into the 督办件办理工作台帐.
        (FormCodes.HotlineLog, Heating) or (FormCodes.CallLedger, _) => ("电话接听工作台帐", null),
        (FormCodes.SupervisionLedger, _) => ("督办件办理工作台帐", null),
        (FormCodes.RevisitForm, Heating) => ("投诉用户回访记录", null),

        (FormCodes.AccountabilityList, _) => ("问责记录", null),
        (FormCodes.FirstQuestionAudit, _) => ("首问责任制执行情况检查表", null),

        // 001 篇1 §5.1 names the 《工作日志》 (kept with the dispatch record, §3.2.3 A); 004 过程与效果控制 the department's
        // 《接待业主情况记录》. Neither seed gives a form number.
        (FormCodes.WorkLog, _) => ("工作日志", null),
        (FormCodes.ReceptionRecord, _) => ("接待业主情况记录", null),
        (FormCodes.HotlineLog, _) => ("热线受理记录", null),
        (FormCodes.FollowUpTable, _) => ("跟进情况表", null),
        (FormCodes.RevisitForm, _) => ("回访记录", null),
        (FormCodes.ProcessingFile, _) => ("投诉处理档案", null),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a form code."),
    };

    public static bool IsGm(Profile profile) => profile.Id == Gm;

    public static bool IsPark(Profile profile) => profile.Id == Park;
}
