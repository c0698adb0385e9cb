using System.Collections.Frozen;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Permits;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Permits;
using Hotline.Service.Reports;
using Hotline.Service.Reports.QualityChecks;
using Hotline.Service.Reports.Submissions;
using Hotline.Service.Surveys;

namespace Hotline.Service.Api.OpenApi;

/// <param name="Values">The accepted values of a text field (or of each item of a list), as the validators read them.</param>
public sealed record FieldNote(string Description, IReadOnlyList<string>? Values = null);

/// <summary>
/// What a request body's schema cannot say by itself. The body records are all-nullable on purpose (the validators name
/// a missing field instead of the serializer failing), so the generated schema would call every field required or none;
/// <see cref="Required"/> lists the fields the validator really requires, and the notes give the accepted values.
/// </summary>
public sealed record BodyFields(IReadOnlyList<string> Required, IReadOnlyDictionary<string, FieldNote> Notes);

public static partial class ApiCatalogue
{
    private static readonly FrozenDictionary<Type, BodyFields> Fields = BodyFieldDocs().ToFrozenDictionary();

    /// <summary>The field documentation of a request body type; null for a type that is not a request body.</summary>
    public static BodyFields? FieldsOf(Type type) => Fields.GetValueOrDefault(type);

    private static string[] ValuesOf<T>()
        where T : struct, Enum => [.. Validation.Names<T>()];

    private static Dictionary<Type, BodyFields> BodyFieldDocs() => new()
    {
        [typeof(IntakeBody)] = new(["category", "summary", "receivedBy", "decision"], new Dictionary<string, FieldNote>
        {
            ["caller"] = new("来电人；匿名举报或员工发现可不填姓名电话（R-IN-8）· The caller; name and phone may be left out for an anonymous report or an item found by staff."),
            ["channel"] = new("来电渠道，默认 phone · How it came in (default phone).", ValuesOf<Channel>()),
            ["category"] = new("配置中的类别代码（GET /api/profiles）· A category code of the profile."),
            ["urgency"] = new("紧急程度，默认 normal · Urgency (default normal).", ValuesOf<Urgency>()),
            ["receivedBy"] = new("首问责任人员工编号（R-IN-9）· The first-question owner's staff id."),
            ["decision"] = new("受理决定 · The intake decision.", ValuesOf<IntakeDecision>()),
            ["reason"] = new("立案原因 · Why it is opened.", ValuesOf<OpenReason>()),
            ["profile"] = new("配置编号，默认为部署的默认配置 · The profile (default: the deployment's)."),
            ["upstream"] = new("督办件：上级编号、区域、期限（R-IN-6）· An upstream supervision item: its number, area and deadline."),
            ["anonymous"] = new("匿名举报（R-IN-8）· An anonymous report."),
            ["linkedUnit"] = new("12319：投诉涉及的相关单位（R-DS-8）· 12319: the unit the complaint names."),
            ["fee"] = new("有偿服务：告知的收费与业主是否同意（R-FU-9）· A paid service's fee and whether the owner agreed."),
        }),
        [typeof(CallerBody)] = new(["address", "property"], new Dictionary<string, FieldNote>
        {
            ["phone"] = new("手机号（11 位，可带 +86）· A mainland mobile number."),
            ["address"] = new("楼栋房号 · Building and room."),
            ["property"] = new("楼盘/园区 · The property."),
        }),
        [typeof(UpstreamBody)] = new(["number", "area"], new Dictionary<string, FieldNote>()),
        [typeof(FeeBody)] = new(["amount", "agreed"], new Dictionary<string, FieldNote>()),
        [typeof(SignalBody)] = new(["type"], new Dictionary<string, FieldNote>
        {
            ["type"] = new("动作 · The action; the other fields it needs are named by a 400 when missing.", ValuesOf<SignalType>()),
            ["stage"] = new("回访阶段，默认 closing · Revisit stage (default closing).", ValuesOf<RevisitStage>()),
            ["rating"] = new("回访评价：A 满意、B 一般满意、C 不满意 · Revisit rating.", ["A", "B", "C"]),
            ["method"] = new("移交方式（R-FQ-1）· Hand-over method.", ValuesOf<HandOverMethod>()),
            ["sanction"] = new("违规处理（R-FQ-3）· Breach sanction.", ValuesOf<BreachSanction>()),
            ["verdict"] = new("考评结论（R-RP-11）· Assessment verdict.", ValuesOf<AssessmentVerdict>()),
            ["kind"] = new($"record-accountability：{string.Join(", ", ValuesOf<AccountabilityKind>())}；open-breach：{string.Join(", ", ValuesOf<BreachKind>())}"),
            ["dueUtc"] = new("upstream-deadline / paid-delay-agreed 的新时限 · The new deadline."),
        }),
        [typeof(EvidenceBody)] = new(["kind"], new Dictionary<string, FieldNote>
        {
            ["kind"] = new("完工凭据 · Completion evidence.", ValuesOf<EvidenceKind>()),
            ["reference"] = new("凭据编号（如服务单号）· Its reference, e.g. the service slip's number."),
        }),
        [typeof(StaffBody)] = new(["name", "phone", "roles", "unit"], new Dictionary<string, FieldNote>
        {
            ["roles"] = new("角色 · Roles.", ValuesOf<Role>()),
            ["manager"] = new("上级员工编号 · The manager's staff id."),
            ["onDuty"] = new("是否在岗，默认 true · On duty (default true)."),
            ["issueApiKey"] = new("签发新的 API 密钥（旧的失效）· Issue a new API key (the old one stops working)."),
        }),
        [typeof(ClockBody)] = new([], new Dictionary<string, FieldNote>
        {
            ["advance"] = new("前进的 ISO 8601 时长，如 PT2H · A duration to advance by."),
            ["to"] = new("跳到的时刻（与 advance 二选一）· An instant to set (instead of advance)."),
        }),
        [typeof(SignBody)] = new(["comment"], new Dictionary<string, FieldNote>()),
        [typeof(GenerateSubmissionBody)] = new(["kind", "period"], new Dictionary<string, FieldNote>
        {
            ["kind"] = new("周报或月报 · Weekly or monthly.", ValuesOf<ReportKind>()),
            ["period"] = new("周报：该周任一天 yyyy-MM-dd；月报：yyyy-MM · Weekly: any day of the week; monthly: the month."),
        }),
        [typeof(SubmissionStepBody)] = new([], new Dictionary<string, FieldNote>
        {
            ["reason"] = new("return 必填 · Required by return."),
            ["reference"] = new("submit 必填：上报文号 · Required by submit: the upstream reference."),
        }),
        [typeof(QualityCheckBody)] = new(["week", "findings"], new Dictionary<string, FieldNote>
        {
            ["week"] = new("该周任一天 yyyy-MM-dd · Any day of the week."),
            ["checkedOn"] = new("检查日期，默认今天 · The day of the check (default today)."),
        }),
        [typeof(PlanSurveyBody)] = new(["from", "to", "areas"], new Dictionary<string, FieldNote>
        {
            ["areas"] = new("服务项目代码，如 Overall、Security · Service-area codes."),
        }),
        [typeof(BallotsBody)] = new(["area", "sent", "returned", "satisfied", "fairlySatisfied", "dissatisfied"], new Dictionary<string, FieldNote>()),
        [typeof(SampleBody)] = new(["area", "rating", "comment"], new Dictionary<string, FieldNote>
        {
            ["rating"] = new("A 满意、B 一般满意、C 不满意 · The rating.", ["A", "B", "C"]),
        }),
        [typeof(SurveyReportBody)] = new(["findings", "correctiveMeasures"], new Dictionary<string, FieldNote>()),
        [typeof(IssuePermitBody)] = new(["unit", "items", "valuableOrLarge", "applicant", "applicantName", "idShown", "signedByApplicant"], new Dictionary<string, FieldNote>
        {
            ["applicant"] = new("申请人 · Who applies.", ValuesOf<PermitApplicant>()),
            ["authorisation"] = new("业主书面授权（applicant=other 时）· The owner's written authorisation, for applicant other."),
        }),
        [typeof(AuthorisationBody)] = new(["signedByOwner", "ownerIdCopyAttached"], new Dictionary<string, FieldNote>()),
        [typeof(GateBody)] = new(["guardConfirmsOwner", "valuableOrLarge"], new Dictionary<string, FieldNote>
        {
            ["permitId"] = new("出示的放行单编号（如有）· The permit shown, if any."),
        }),
    };
}
