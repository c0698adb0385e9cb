using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// The department's 《接待业主情况记录》 (004 过程与效果控制; R-PV-2, R-FQ-1, R-FQ-2) on its own: two kinds of entry. The
/// first-question owner's department registers every request its staff received (首问登记: 反映的事项、来电人姓名、联系电话,
/// 004 §4.5; what the caller was told, §4.6), and its customer-service supervisor follows the result; a department that took
/// a request over enters it naming the first-question owner (接受移交, R-FQ-1), and the completion notice ends the duty
/// (R-FQ-2). 004 names the caller's name and phone among the entries, so the columns are kept — masked for every reader,
/// because a period form goes to people with no part in most of its cases (R-PV-1); the per-case forms show them in
/// clear to staff with a part. A hand-over the receiving department never entered is not in its record (the first-question
/// audit lists those).
/// </summary>
public static class ReceptionRecordForms
{
    private static readonly string[] Columns =
        ["序号", "登记时间", "登记部门", "案件编号", "业主", "联系电话", "反映事项", "首问人员", "登记人", "登记类型", "告知/备注", "处理结果", "完成时间", "首问责任终止"];

    /// <param name="cases">The cases received in the period and those still open in it (hand-overs entered in the period).</param>
    /// <param name="unitOf">The department a staff member belongs to (the directory); null leaves the owner's department blank.</param>
    public static PrintForm ReceptionRecord(Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases, Func<StaffId, string?>? unitOf = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(cases);
        var asOf = period.AsOf(nowUtc);
        bool InPeriod(DateTimeOffset? at) => at is { } t && period.Contains(t) && t <= asOf;

        var entries = new List<(DateTimeOffset At, string Case, string[] Cells)>();
        foreach (var s in cases.Select(c => c.State).Where(s => s.ProfileId == profile.Id).DistinctBy(s => s.Id))
        {
            var fq = s.FirstQuestion;
            var owner = fq?.ReceivedBy ?? s.FirstOwner;
            var (name, phone, _) = Caller(s.Caller, inClear: false);
            string[] Tail(string registeredBy, string kind, string note) =>
                [owner.Value, registeredBy, kind, note, Result(s), Local(profile, s.CompletedUtc), Local(profile, fq?.DutyEndedUtc)];

            if (InPeriod(s.ReceivedUtc))
            {
                entries.Add((s.ReceivedUtc, s.Id.Value,
                [
                    Local(profile, s.ReceivedUtc), unitOf?.Invoke(owner) ?? string.Empty, s.Id.Value, name, phone, ReportRules.Scrub(s.Summary, s),
                    .. Tail((fq?.RecordedBy ?? owner).Value, $"首问接待（{LedgerLabels.Of(s.Channel)}）", Told(profile, s)),
                ]));
            }

            foreach (var h in (fq?.HandOvers ?? []).Where(h => InPeriod(h.ReceptionRecordedUtc)))
            {
                entries.Add((h.ReceptionRecordedUtc!.Value, s.Id.Value,
                [
                    Local(profile, h.ReceptionRecordedUtc), h.ToUnit ?? unitOf?.Invoke(h.To) ?? string.Empty, s.Id.Value, name, phone, ReportRules.Scrub(s.Summary, s),
                    .. Tail((h.ReceptionRecordedBy ?? h.To).Value, $"接受移交（第{Count(h.Number)}次，{FirstQuestionLabels.Of(h.Method)}，自 {h.From.Value}）",
                        h.ReceptionNote is { } n ? ReportRules.Scrub(n, s) : string.Empty),
                ]));
            }
        }

        var rows = entries
            .OrderBy(e => e.At).ThenBy(e => e.Case, StringComparer.Ordinal)
            .Select((e, i) => (IReadOnlyList<string>)[Count(i + 1), .. e.Cells])
            .ToList();
        var (title, number) = FormTitles.For(FormCodes.ReceptionRecord, profile);
        return new PrintForm(
            FormCodes.ReceptionRecord, title, number, profile.Name, Period(period), [], [new FormTable(null, Columns, rows)],
            [new("登记人"), new("客户服务主管（跟踪处理结果）")],
            [
                $"统计截至 {Local(profile, asOf)}，共 {Count(rows.Count)} 条。",
                "业主姓名、电话按隐私规定遮蔽（R-PV-1），完整资料见各案处理档案；接受部门未登记的移交见首问责任制执行情况检查表。",
            ]);
    }

    /// <summary>What the owner told the caller (004 §4.6): the procedure and the expected time.</summary>
    private static string Told(Profile profile, CaseState s)
    {
        var fq = s.FirstQuestion;
        var parts = new[] { fq?.ToldProcedure is { } p ? ReportRules.Scrub(p, s) : null, fq?.ToldExpectedUtc is { } t ? $"预计 {Local(profile, t)} 前解决" : null };
        return string.Join("；", parts.Where(x => !string.IsNullOrEmpty(x)));
    }

    private static string Result(CaseState s) =>
        s.Closure is { } c ? ReportRules.Scrub(c.FinalResult, s) : s.Completion is { } d ? ReportRules.Scrub(d.Result, s) : string.Empty;
}
