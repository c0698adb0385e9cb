using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// The 《工作日志》 (001 篇1 §5.1; R-PV-2): the dispatcher's diary of the duty, kept beside the dispatch record. 001 says what
/// goes in it — every call taken and opened (§3.1.1), who was told and when (§3.1.2–3.1.3), the two-hour and end-of-day
/// follow-ups (§3.1.4–3.1.5), the Monday review (§3.1.8), the follow-up of an emergency and its aftermath (§3.2.3 A–C), the
/// closing (§3.1.6) — but prints no columns, so the log is the period's ledger lines in time order: when, who, which case,
/// what step, what was written, and the rule. Accountability and first-question breach lines are personnel records kept on
/// their own forms (问责记录, 首问责任制执行情况) and are left out. No caller data (R-PV-1): the texts are scrubbed.
/// </summary>
public static class WorkLogForms
{
    /// <param name="cases">The cases with lines in the period, each with its whole ledger (<see cref="ReportCase.Ledger"/>).</param>
    /// <param name="lines">Narrows the lines to those the reader may see (an agent's own); null for all.</param>
    public static PrintForm WorkLog(Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases, Func<LedgerEntry, bool>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(cases);
        var asOf = period.AsOf(nowUtc);
        var rows = cases
            .Where(c => c.State.ProfileId == profile.Id)
            .SelectMany(c => (c.Ledger ?? []).Select(e => (c.State, Entry: e)))
            .Where(x => period.Contains(x.Entry.AtUtc) && x.Entry.AtUtc <= asOf && IsWork(x.Entry.Kind) && (lines is null || lines(x.Entry)))
            .OrderBy(x => x.Entry.AtUtc).ThenBy(x => x.State.Id.Value, StringComparer.Ordinal).ThenBy(x => x.Entry.Sequence)
            .Select((x, i) =>
            {
                var at = Local(profile, x.Entry.AtUtc);
                return (IReadOnlyList<string>)
                [
                    Count(i + 1), at[..10], at[11..], x.Entry.By?.Value ?? "系统", x.State.Id.Value, LedgerKindNames.Chinese(x.Entry.Kind),
                    ReportRules.Scrub(x.Entry.Text, x.State), x.Entry.Rule ?? string.Empty,
                ];
            })
            .ToList();
        var (title, number) = FormTitles.For(FormCodes.WorkLog, profile);
        return new PrintForm(
            FormCodes.WorkLog, title, number, profile.Name, Period(period), [],
            [new FormTable(null, ["序号", "日期", "时间", "值班/调度人员", "案件编号", "事项", "工作记录", "依据"], rows)],
            [new("值班/调度人员"), new("管理处负责人（每周检查）")],
            [
                $"统计截至 {Local(profile, asOf)}，共 {Count(rows.Count)} 条。“系统”为系统按规程自动发出的通知与提醒。",
                "业主姓名、电话、房号不列入日志（R-PV-1），见各案处理档案；问责与首问违规记录见问责记录、首问责任制执行情况。",
            ]);
    }

    private static bool IsWork(LedgerKind kind) => kind is not (LedgerKind.Accountability or LedgerKind.Breach);
}
