using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// The period logs: the hotline log in each profile's own form, heating's 电话接听工作台帐 and 督办件办理工作台帐.
/// One row per case received in the period, oldest first. A period form goes to people with no part in most of its
/// cases, so it carries no caller name, phone or room (R-PV-1): the paper logs' 房号/姓名/电话 columns (000 §4.2, 001
/// 篇2 §3.2.3 C) are left out, and the summary is scrubbed (<see cref="ReportRules.Scrub"/>); the per-case forms show them
/// to staff with a part.
/// </summary>
public static class LogForms
{
    public static PrintForm HotlineLog(Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Id switch
        {
            "heating-supervision" => CallLedger(profile, period, nowUtc, cases) with { Code = FormCodes.HotlineLog },
            _ when FormTitles.IsGm(profile) => Build(FormCodes.HotlineLog, profile, period, nowUtc, cases, GmLog),
            _ when FormTitles.IsPark(profile) => Build(FormCodes.HotlineLog, profile, period, nowUtc, cases, DispatchRecord),
            _ => Build(FormCodes.HotlineLog, profile, period, nowUtc, cases, PlainLog),
        };
    }

    /// <summary>003 §六(一): every call or item received is entered in the 电话接听工作台帐 (R-IN-3: calls answered on the spot too).</summary>
    public static PrintForm CallLedger(Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases) =>
        Build(FormCodes.CallLedger, profile, period, nowUtc, cases, new(
            ["序号", "接听时间", "案件编号", "来源", "类别", "区域", "内容摘要", "处理方式", "责任单位", "专线人员"],
            (p, s) =>
            [
                Local(p, s.ReceivedUtc), s.Id.Value,
                s.Upstream is { } u ? $"督办件 {u.Number}" : LedgerLabels.Of(s.Channel),
                Category(p, s.Category), s.Upstream?.Area ?? string.Empty, ReportRules.Scrub(s.Summary, s),
                s.Status == CaseStatus.Answered ? "当场答复" : $"立项转办（{Status(s.Status)}）",
                s.UnitOfHead ?? string.Empty, s.FirstOwner.Value,
            ]));

    /// <summary>
    /// R-IN-6 (003 §六(一)–(三)): each supervision item classified by type and area, with its responsible unit and person,
    /// the deadline, the unit's feedback and the report to the upstream office. Only cases that carry an upstream item.
    /// </summary>
    public static PrintForm SupervisionLedger(Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Build(FormCodes.SupervisionLedger, profile, period, nowUtc, cases.Where(c => c.State.Upstream is not null), new(
            ["序号", "督办件编号", "接收时间", "类别", "区域", "责任单位", "责任人", "下达时间", "办理时限", "反馈时间", "上报物业办时间", "办理结果", "案件编号"],
            (p, s) =>
            [
                s.Upstream!.Number, Local(p, s.ReceivedUtc), Category(p, s.Category), s.Upstream.Area,
                s.UnitOfHead ?? string.Empty, (s.Team.Supervisor ?? s.Assignee)?.Value ?? string.Empty,
                Local(p, s.DispatchedUtc), Local(p, s.Upstream.DueUtc ?? s.HandlingDueUtc), Local(p, s.CompletedUtc),
                Local(p, s.UpstreamReportedUtc), Result(s), s.Id.Value,
            ]));
    }

    /// <summary>000 篇3 §4.2, §4.3, §5.2: what the hotline officer enters in the 《总经理热线记录》 for each complaint.</summary>
    private static readonly Layout GmLog = new(
        ["序号", "受理时间", "案件编号", "归属楼盘", "投诉类别", "投诉事项", "热线专员", "反馈楼盘时间", "处理状态", "结案满意度", "销项时间"],
        (p, s) =>
        [
            Local(p, s.ReceivedUtc), s.Id.Value, s.Caller.Property, Category(p, s.Category), ReportRules.Scrub(s.Summary, s), s.FirstOwner.Value,
            Local(p, s.DispatchedUtc), Status(s.Status), s.LastRevisit(RevisitStage.Closing) is { } r ? Rating(r.Rating) : string.Empty, Local(p, s.Closure?.AtUtc),
        ]);

    /// <summary>001 篇2 §3.2.3 (立项: 是否立项与时间, 内容) and §3.3.3 (销项: 结果, 同意销项人员, 调度人员, 时间).</summary>
    private static readonly Layout DispatchRecord = new(
        ["序号", "受理时间", "案件编号", "类别", "投诉内容", "是否立项", "立项时间", "调度人员", "处理结果", "同意销项人员", "销项时间"],
        (p, s) =>
        [
            Local(p, s.ReceivedUtc), s.Id.Value, Category(p, s.Category), ReportRules.Scrub(s.Summary, s),
            YesNo(IsOpened(s)), IsOpened(s) ? Local(p, s.ReceivedUtc) : string.Empty, (s.Closure?.Dispatcher ?? s.FirstOwner).Value,
            Result(s), s.Closure?.ApprovedBy?.Value ?? string.Empty, Local(p, s.Closure?.AtUtc),
        ]);

    /// <summary>The hotlines whose seed names a log but no form (002, 000 篇1–2): what R-IN-3 says every call leaves behind.</summary>
    private static readonly Layout PlainLog = new(
        ["序号", "受理时间", "案件编号", "来电方式", "类别", "内容摘要", "受理人", "处理方式", "处理结果", "结案时间"],
        (p, s) =>
        [
            Local(p, s.ReceivedUtc), s.Id.Value, LedgerLabels.Of(s.Channel), Category(p, s.Category), ReportRules.Scrub(s.Summary, s), s.FirstOwner.Value,
            Status(s.Status), Result(s), Local(p, s.Closure?.AtUtc),
        ]);

    /// <summary>Intake opens the case in the same decision, so the receipt time is the 立项 time (as in <see cref="CaseFactsMapper"/>).</summary>
    private static bool IsOpened(CaseState s) => s.Status is not (CaseStatus.Answered or CaseStatus.Redirected);

    private static string Result(CaseState s) =>
        s.Closure is { } c ? ReportRules.Scrub(c.FinalResult, s) : s.Completion is { } d ? ReportRules.Scrub(d.Result, s) : string.Empty;

    private static PrintForm Build(string code, Profile profile, ReportPeriod period, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases, Layout layout)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(cases);
        var asOf = period.AsOf(nowUtc);
        var rows = cases
            .Select(c => c.State)
            .Where(s => s.ProfileId == profile.Id && period.Contains(s.ReceivedUtc) && s.ReceivedUtc <= asOf)
            .OrderBy(s => s.ReceivedUtc).ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .Select((s, i) => (IReadOnlyList<string>)[Count(i + 1), .. layout.Cells(profile, s)])
            .ToList();
        var (title, number) = FormTitles.For(code, profile);
        return new PrintForm(
            code, title, number, profile.Name, Period(period), [], [new FormTable(null, layout.Columns, rows)],
            [new("填表人"), new("审核人")],
            [$"统计截至 {Local(profile, asOf)}。业主姓名、电话、房号不列入汇总表（R-PV-1），见各案处理档案。"]);
    }

    /// <summary>A log's columns (the first is always 序号) and how one case fills the rest.</summary>
    private sealed record Layout(string[] Columns, Func<Profile, CaseState, string[]> Cells);
}
