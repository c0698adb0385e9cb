using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using static Hotline.Domain.Reports.Forms.FormText;

namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// The three forms kept per case (R-PV-2): the processing file (处理档案), the follow-up table (跟进情况表) and the
/// revisit form (回访表). The seeds name them but print no columns; the fields are what the seeds say is recorded:
/// 000 篇3 §4.2 (房号、姓名、联系电话、归属楼盘及投诉事项), §4.3–4.6 (反馈楼盘, 处理措施, 跟进, 两次回访); 001 篇2 §3.2.3
/// and §3.3.3 (立项: 时间, 联系人, 地址和电话, 内容; 销项: 结果, 签名, 时间); 001 篇3 §3.1.2 (A/B/C).
/// </summary>
/// <remarks>
/// <paramref name="callerInClear"/> is whether the reader has a part in the case (<see cref="CaseState.HasPart"/>): the
/// caller's data, and the ledger text that quotes it, are shown in clear only then, masked otherwise (R-PV-1).
/// </remarks>
public static class CaseForms
{
    public static PrintForm Build(string code, Profile profile, CaseState state, IReadOnlyList<LedgerEntry> ledger, bool callerInClear) => code switch
    {
        FormCodes.ProcessingFile => ProcessingFile(profile, state, ledger, callerInClear),
        FormCodes.FollowUpTable => FollowUpTable(profile, state, ledger, callerInClear),
        FormCodes.RevisitForm => RevisitForm(profile, state, callerInClear),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a per-case form."),
    };

    public static PrintForm ProcessingFile(Profile profile, CaseState state, IReadOnlyList<LedgerEntry> ledger, bool callerInClear)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        var opened = ledger.FirstOrDefault(e => e.Kind == LedgerKind.Opened)?.AtUtc;
        List<FormField> fields =
        [
            .. Head(profile, state, callerInClear),
            new("是否立项 / 立项时间", opened is null ? "否" : $"是 {Local(profile, opened)}"),
            new(FormTitles.IsGm(profile) ? "反馈楼盘时间" : "通知处理时间", Local(profile, state.DispatchedUtc)),
            new(FormTitles.IsGm(profile) ? "楼盘负责人" : "责任部门", (FormTitles.IsGm(profile) ? state.BuildingHead?.Value : state.UnitOfHead) ?? string.Empty),
            new("责任部门负责人", state.Team.Supervisor?.Value ?? string.Empty),
            new("处理时限", Local(profile, state.HandlingDueUtc)),
            new("处理结果", state.Completion is { } c ? Text(c.Result, state, callerInClear) : string.Empty),
            new("处理完成时间", Local(profile, state.CompletedUtc)),
            new("销项结果", state.Closure is { } k ? $"{LedgerLabels.Of(k.Outcome)}：{Text(k.FinalResult, state, callerInClear)}" : string.Empty),
            new("销项时间", Local(profile, state.Closure?.AtUtc)),
            new("当前状态", Status(state.Status)),
        ];
        var steps = ledger
            .OrderBy(e => e.Sequence)
            .Select(e => (IReadOnlyList<string>)[Local(profile, e.AtUtc), e.By?.Value ?? "系统", LedgerKindNames.Chinese(e.Kind), Text(e.Text, state, callerInClear), e.Rule ?? string.Empty])
            .ToList();
        FormSignature[] signatures = FormTitles.IsGm(profile)
            ? [new("热线专员", state.FirstOwner.Value), new("楼盘负责人", state.BuildingHead?.Value), new("全质办签收")]
            // 001 篇2 §3.3.3 B: the dispatcher signs the 销项; an unresolvable case also needs the approver's signature.
            : [new("调度人员", state.Closure?.Dispatcher.Value, Local(profile, state.Closure?.AtUtc)), new("同意销项人员", state.Closure?.ApprovedBy?.Value)];
        return Form(FormCodes.ProcessingFile, profile, fields, [new FormTable("处理过程", ["时间", "经办人", "事项", "内容", "依据"], steps)], signatures, callerInClear);
    }

    public static PrintForm FollowUpTable(Profile profile, CaseState state, IReadOnlyList<LedgerEntry> ledger, bool callerInClear)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        var rows = ledger
            .Where(e => LedgerKindNames.IsFollowUp(e.Kind))
            .OrderBy(e => e.Sequence)
            .Select((e, i) => (IReadOnlyList<string>)[Count(i + 1), Local(profile, e.AtUtc), e.By?.Value ?? "系统", LedgerKindNames.Chinese(e.Kind), Text(e.Text, state, callerInClear)])
            .ToList();
        List<FormField> fields = [.. Head(profile, state, callerInClear), new("处理时限", Local(profile, state.HandlingDueUtc)), new("当前状态", Status(state.Status))];
        return Form(FormCodes.FollowUpTable, profile, fields, [new FormTable(null, ["序号", "跟进时间", "跟进人", "进度", "跟进情况"], rows)], [new("热线专员", state.FirstOwner.Value)], callerInClear);
    }

    public static PrintForm RevisitForm(Profile profile, CaseState state, bool callerInClear)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(state);
        var rows = (state.Revisits.IsDefaultOrEmpty ? [] : state.Revisits)
            .Select((r, i) => (IReadOnlyList<string>)[Count(i + 1), Local(profile, r.AtUtc), Stage(r.Stage), r.By.Value, Rating(r.Rating), r.ServiceArea ?? string.Empty, Text(r.Comment ?? string.Empty, state, callerInClear), Text(r.Summary ?? string.Empty, state, callerInClear)])
            .ToList();
        List<FormField> fields =
        [
            .. Head(profile, state, callerInClear),
            new("处理结果", state.Completion is { } c ? Text(c.Result, state, callerInClear) : string.Empty),
            new("处理完成时间", Local(profile, state.CompletedUtc)),
        ];
        FormSignature[] signatures = FormTitles.IsGm(profile)
            // 000 §4.6.1: the department head revisits within 24 h, the building head after completion; the hotline closes.
            ? [new("责任部门负责人", state.Team.Supervisor?.Value), new("楼盘负责人", state.BuildingHead?.Value), new("热线专员")]
            // 001 篇3 §2.3: the office head reads the revisit records.
            : [new("回访人"), new("管理处负责人审阅")];
        return Form(FormCodes.RevisitForm, profile, fields, [new FormTable(null, ["序号", "回访时间", "回访类别", "回访人", "满意程度", "服务方面", "业主意见", "回访小结"], rows)], signatures, callerInClear);
    }

    /// <summary>The head every per-case form starts with (000 §4.2: 房号、姓名、联系电话、归属楼盘及投诉事项).</summary>
    private static IEnumerable<FormField> Head(Profile profile, CaseState state, bool callerInClear)
    {
        var (name, phone, address) = Caller(state.Caller, callerInClear);
        yield return new("案件编号", state.Id.Value);
        yield return new("受理时间", Local(profile, state.ReceivedUtc));
        yield return new("受理人", state.FirstOwner.Value);
        yield return new("业主姓名", name);
        yield return new("联系电话", phone);
        yield return new("房号 / 地址", address);
        yield return new(FormTitles.IsGm(profile) ? "归属楼盘" : "小区 / 物业", callerInClear ? state.Caller.Property : Privacy.Mask.Address(state.Caller.Property));
        yield return new("投诉类别", Category(profile, state.Category));
        yield return new("投诉事项", Text(state.Summary, state, callerInClear));
    }

    private static string Text(string text, CaseState state, bool callerInClear) => callerInClear ? text : ReportRules.Scrub(text, state);

    private static PrintForm Form(string code, Profile profile, List<FormField> fields, FormTable[] tables, FormSignature[] signatures, bool callerInClear)
    {
        var (title, number) = FormTitles.For(code, profile);
        string[] notes = callerInClear ? [] : ["业主资料已按保密规定隐去（R-PV-1）。"];
        return new PrintForm(code, title, number, profile.Name, null, fields, tables, signatures, notes);
    }
}
