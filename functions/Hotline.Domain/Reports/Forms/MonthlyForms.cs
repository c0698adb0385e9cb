using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// The monthly forms, printed from the monthly reports the builders already made (no figure is recomputed here): the
/// 投诉调度记录月总结表 from <see cref="MonthlySummary"/> (R-RP-1), the 服务质量考评记录 from <see cref="QualityRecordsReport"/>
/// (R-RP-11, R-RP-10), and the 问责记录 from the summary's accountability records (R-RP-7). Staff ids and figures only (R-PV-1).
/// </summary>
public static class MonthlyForms
{
    /// <summary>
    /// 001 篇1 §3.1.9: each dispatcher's month, summed up; the office head adds a comment and signs. The seed names the
    /// form but not its columns; they are the month's counts and the rates the seed's hotlines are judged by (R-RP-2, R-RP-3).
    /// </summary>
    public static PrintForm MonthlySummary(Profile profile, MonthlySummary summary)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Dispatchers.Select(Line).ToList();
        if (summary.Overall is { } overall)
        {
            rows.Add(Line(overall));
        }

        return new PrintForm(
            FormCodes.MonthlySummary, FormTitles.For(FormCodes.MonthlySummary, profile).Title, null, profile.Name, MonthLabel(summary.Year, summary.Month),
            [new("负责人评语", summary.ManagerComment ?? string.Empty)],
            [new FormTable(null, ["调度人员", "受理总数", "立项", "当场答复", "转回楼盘", "销项", "强制销项", "回访表数", "满意率(A+B)/回收", "反馈及时率", "回访率", "结案率", "问责次数", "指标达标"], rows)],
            [new("调度人员"), new("管理处负责人", summary.SignedBy, summary.SignedUtc is { } at ? Local(profile, at) : null)],
            [$"统计截至 {Local(profile, summary.AsOfUtc)}；“—”表示本月无应计件数。"]);
    }

    /// <summary>000 篇3 §3.1.5, §7.5 (QR-8.2.1-01-13): the unit heads assessed this month, those still waiting, and the corrective reports (001 篇1 §2).</summary>
    public static PrintForm AssessmentRecord(Profile profile, QualityRecordsReport report)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(report);
        var (title, number) = FormTitles.For(FormCodes.AssessmentRecord, profile);
        var assessed = report.Assessments.Select((a, i) => (IReadOnlyList<string>)
        [
            Count(i + 1), a.CaseId, Local(profile, a.ReceivedUtc), a.Category, a.Unit ?? string.Empty, a.UnitHead ?? string.Empty, Local(profile, a.ClosedUtc),
            a.Rating ?? string.Empty, Count(a.DissatisfiedRevisits), a.VerdictLabel, a.Comment, a.AssessedBy, Local(profile, a.AssessedUtc),
        ]).ToList();
        var waiting = report.AwaitingAssessment.Select((w, i) => (IReadOnlyList<string>)
            [Count(i + 1), w.CaseId, w.Category, w.Unit ?? string.Empty, w.UnitHead ?? string.Empty, Local(profile, w.ClosedUtc), w.Rating ?? string.Empty]).ToList();
        var corrective = report.CorrectiveActions.Select((c, i) => (IReadOnlyList<string>)
        [
            Count(i + 1), c.CaseId, c.Category, c.Cause, Local(profile, c.OwedSinceUtc), YesNo(c.Filed), c.Reference ?? string.Empty, c.Summary ?? string.Empty,
            c.FiledBy ?? string.Empty, Local(profile, c.FiledUtc),
        ]).ToList();
        return new PrintForm(
            FormCodes.AssessmentRecord, title, number, profile.Name, MonthLabel(report.Year, report.Month), [],
            [
                new FormTable("本月考评", ["序号", "案件编号", "受理时间", "投诉类别", "单位", "单位负责人", "结案时间", "业主评价", "不满意回访次数", "考评结果", "考评意见", "考评人", "考评时间"], assessed),
                new FormTable("已结案待考评", ["序号", "案件编号", "投诉类别", "单位", "单位负责人", "结案时间", "业主评价"], waiting),
                new FormTable("纠正与预防措施报告", ["序号", "案件编号", "投诉类别", "原因", "应报起始", "是否已报", "报告编号", "摘要", "填报人", "填报时间"], corrective),
            ],
            [new("全质办"), new("审核")],
            [$"统计截至 {Local(profile, report.AsOfUtc)}。"]);
    }

    /// <summary>
    /// R-RP-7 (003 §八): the month's accountability records against the person held to account, with the profile's penalty
    /// per record and each person's total. Read from the monthly summary, which already gathered them from the ledgers.
    /// </summary>
    public static PrintForm AccountabilityList(Profile profile, MonthlySummary summary)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(summary);
        var whole = summary.Overall ?? throw new ArgumentException("The accountability list is printed from the whole hotline's summary, not one dispatcher's copy.", nameof(summary));
        var records = whole.Accountability.Select((r, i) => (IReadOnlyList<string>)
            [Count(i + 1), r.StaffId, LedgerLabels.Of(r.Kind), r.CaseId ?? string.Empty, profile.Penalties?.RangeFor(r.Kind).ToString() ?? "—"]).ToList();
        var totals = whole.Penalties.Select(p => (IReadOnlyList<string>)[p.StaffId, Count(p.Count), p.Total?.ToString() ?? "—"]).ToList();
        return new PrintForm(
            FormCodes.AccountabilityList, FormTitles.For(FormCodes.AccountabilityList, profile).Title, null, profile.Name, MonthLabel(summary.Year, summary.Month), [],
            [
                new FormTable("问责记录", ["序号", "责任人", "问责事项", "案件编号", "扣罚标准"], records),
                new FormTable("按责任人汇总", ["责任人", "次数", "扣罚合计"], totals),
            ],
            [new("经办人"), new("经理审批")],
            [$"统计截至 {Local(profile, summary.AsOfUtc)}；{(profile.Penalties is null ? "本热线制度未定扣罚金额，只记录不计金额。" : "扣罚标准按本热线考核制度。")}"]);
    }

    private static IReadOnlyList<string> Line(DispatcherLine l) =>
    [
        l.Dispatcher ?? "合计", Count(l.Received), Count(l.Opened), Count(l.AnsweredOnSpot), Count(l.Redirected), Count(l.Closed), Count(l.ForceClosed),
        Count(l.Revisits), Rate(l.Satisfaction), Rate(l.FeedbackTimeliness), Rate(l.Kpi.RevisitRate), Rate(l.Kpi.ClosureRate), Count(l.Accountability.Count),
        l.KpiTargetsMet switch { true => "达标", false => "未达标", null => "—" },
    ];

    private static string MonthLabel(int year, int month) => $"{year}年{month}月";
}
