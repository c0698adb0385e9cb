using Hotline.Domain.Profiles;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// R-RP-8 (004 过程与效果控制): the management office checks first-question compliance from the departments'
/// 《接待业主情况记录》 and the 客户接待事项协调单. The seed names both records but prints no columns: they are what 004 says is
/// written down (who received, who recorded, read-back, what the caller was told; every hand-over and whether the receiving
/// department entered it naming the first-question owner) plus the breaches decided (R-FQ-3). Printed from
/// <see cref="FirstQuestionAudit"/>; staff ids only (R-PV-1).
/// </summary>
public static class FirstQuestionForms
{
    public static PrintForm Audit(Profile profile, FirstQuestionAudit audit)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(audit);
        var reception = audit.Cases.Select((c, i) => (IReadOnlyList<string>)
        [
            Count(i + 1), c.CaseId, Local(profile, c.ReceivedUtc), c.Category, c.ReceivedBy, c.RecordedBy, c.Owner, YesNo(c.ReadBack), YesNo(c.ToldCaller),
            Count(c.HandOvers.Count), Duty(c.Duty), Count(c.Contacts), Done(c.DoneWithinContacts),
        ]).ToList();
        var slips = audit.Cases.SelectMany(c => c.HandOvers.Select(h => (IReadOnlyList<string>)
        [
            c.CaseId, Count(h.Number), h.From, h.To, h.ToUnit ?? string.Empty, h.Method, Local(profile, h.AtUtc), YesNo(h.ReceptionRecorded), Local(profile, h.ReceptionRecordedUtc),
        ])).ToList();
        var breaches = audit.Breaches.Select(b => (IReadOnlyList<string>)
        [
            b.CaseId, Count(b.Number), b.Person, b.Kind, YesNo(b.SpotCheck), Local(profile, b.OpenedUtc), Local(profile, b.DueUtc), b.Sanction ?? string.Empty,
            Local(profile, b.DecidedUtc), YesNo(b.Overdue),
        ]).ToList();
        var t = audit.Totals;
        return new PrintForm(
            FormCodes.FirstQuestionAudit, FormTitles.For(FormCodes.FirstQuestionAudit, profile).Title, null, profile.Name,
            audit.From == audit.To ? Day(audit.From) : $"{Day(audit.From)} 至 {Day(audit.To)}", [],
            [
                new FormTable("接待业主情况记录", ["序号", "案件编号", "受理时间", "类别", "首问接待人", "登记人", "首问责任人", "复述确认", "告知程序或时限", "移交次数", "首问责任", "联系次数", $"{audit.DoneWithinContacts}次内办结"], reception),
                new FormTable("客户接待事项协调单", ["案件编号", "序号", "移交人", "接受人", "接受部门", "方式", "移交时间", "接受部门已登记", "登记时间"], slips),
                new FormTable("首问违规认定", ["案件编号", "序号", "责任人", "违规类型", "抽查发现", "立案时间", "认定期限", "处理", "认定时间", "超期"], breaches),
            ],
            [new("检查人（管理部）"), new("客户服务主管")],
            [
                $"统计截至 {Local(profile, audit.AsOfUtc)}：接待 {t.Cases} 件，代为登记 {t.RecordedOnBehalf} 件，移交 {t.HandOvers} 次（接受部门未登记 {t.HandOversNotRecorded} 次），"
                + $"责任终止 {t.DutyEnded} 件，仍在首问 {t.DutyOpen} 件，违规立案 {t.BreachesOpened} 件（已认定 {t.BreachesDecided}，超期 {t.BreachesOverdue}）。",
            ]);
    }

    private static string Duty(string duty) => duty switch
    {
        "ended" => "已终止（接受部门办结通知）",
        "handled-by-owner" => "首问人办结",
        _ => "未终止",
    };

    private static string Done(string done) => done switch
    {
        "met" => "是",
        "not-met" => "否",
        _ => "办理中",
    };
}
