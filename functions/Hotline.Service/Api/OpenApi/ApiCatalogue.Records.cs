using Hotline.Domain.Reports.Forms;
using Hotline.Service.Permits;
using Hotline.Service.Reports.Forms;
using Hotline.Service.Surveys;

namespace Hotline.Service.Api.OpenApi;

public static partial class ApiCatalogue
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ApiParam FormatParam() =>
        new("format", ParamIn.Query, "html（打印页，默认）、csv 或 xlsx · html (print page, the default), csv or xlsx.", Example: "html", Values: ["html", "csv", "xlsx"]);

    private static IEnumerable<ApiDoc> FormDocs() =>
    [
        Doc("CaseForm", Tag.Forms, "案件表单（打印/导出）· A case's form (print or export)",
                "处理单、跟踪表、回访单（R-PV-2）。来电人信息只对案件相关人员显示明文。· The processing file, follow-up table or revisit form of one case; caller data in clear only for a reader with a part in the case.")
            .Param(CaseIdParam())
            .Param(new ApiParam("form", ParamIn.Path, "表单代码 · The form.", Required: true, Example: FormCodes.ProcessingFile, Values: FormCodes.PerCase))
            .Param(FormatParam())
            .Ok(200, "表单 · The form.", typeof(string), "text/html", "text/csv", Xlsx)
            .Invalid()
            .Problem(403, "可见案件，但您无权读取其表单 · A case you see whose forms you may not read.")
            .Problem(404, "无此案件，或您不可见该案件（R-PV-1）· No such case, or one you may not see (R-PV-1).")
            .Build(),

        Doc("PeriodForm", Tag.Forms, "期间表单（台账、月度汇总…）· A period's form (logs, monthly summary…)",
                "热线台账、督办台账、来电台账、月度汇总、考核记录、责任追究清单、首问审计、工作日志（≤31 天）、接待业主情况记录。月度表单只接受 month；其余接受 month 或 from/to（≤366 天）。坐席只看到自己受理的行。· Monthly forms take month only; the others month or from/to (at most 366 days; the work log 31). Agents see the rows of the calls they took.")
            .Param(new ApiParam("form", ParamIn.Path, "表单代码 · The form.", Required: true, Example: FormCodes.HotlineLog, Values: FormCodes.PerPeriod))
            .Param(ProfileParam())
            .Query("month", "月份（月度表单必填）· The month (required by the monthly forms).", ParamKind.Month, example: "2026-11")
            .Query("from", "起始日 · First day.", ParamKind.Date, example: "2026-11-01")
            .Query("to", "截止日（含）· Last day.", ParamKind.Date, example: "2026-11-30")
            .Param(FormatParam())
            .Ok(200, "表单 · The form.", typeof(string), "text/html", "text/csv", Xlsx)
            .Invalid()
            .Problem(403, "无权阅读该表单 · The caller may not read this form.")
            .Build(),
    ];

    private static IEnumerable<ApiDoc> RecordDocs() =>
    [
        Doc("PlanSurvey", Tag.Surveys, "计划满意度调查 · Plan a satisfaction survey",
                "经理计划一次调查：期间与调查的服务项目（如 Overall、Security）（R-RV-7）。· The manager plans a survey: its period and the service areas the ballot asks about.")
            .Roles("manager")
            .Body<PlanSurveyBody>(DocExamples.PlanSurvey)
            .Ok(201, "新调查 · The survey.", typeof(SurveyView))
            .Problem(409, "规则拒绝（R-RV-7），field 指明字段 · Refused by R-RV-7; `field` names the field.")
            .Build(),

        Doc("ListSurveys", Tag.Surveys, "调查列表 · List surveys",
                "某配置的调查，新的期间在前。· A profile's surveys, newest period first.")
            .Roles("manager", "agent", "supervisor", "quality-office", "admin")
            .Param(ProfileParam())
            .Ok<List<SurveySummaryView>>("调查摘要 · The surveys.")
            .Invalid()
            .Build(),

        Doc("GetSurvey", Tag.Surveys, "查看调查 · Read a survey",
                "各项目的回收与满意度、抽样回访、调查报告。· Per-area figures, sampling revisits and the report.")
            .Roles("manager", "agent", "supervisor", "quality-office", "admin")
            .Path("id", "调查编号 · The survey id.", "sv-20261101-1a2b3c4d")
            .Ok<SurveyView>("调查 · The survey.")
            .Problem(404, "无此调查 · No such survey.")
            .Build(),

        Doc("RecordSurveyBallots", Tag.Surveys, "登记问卷回收 · Record an area's ballots",
                "某项目发出与回收的问卷数及 A 满意 / B 一般满意 / C 不满意 的票数。· One area's ballots sent and returned with the A/B/C counts.")
            .Roles("manager", "agent", "supervisor")
            .Path("id", "调查编号 · The survey id.", "sv-20261101-1a2b3c4d")
            .Body<BallotsBody>(DocExamples.Ballots)
            .Ok<SurveyView>("更新后的调查 · The survey.")
            .Problem(404, "无此调查 · No such survey.")
            .Problem(409, "规则拒绝（R-RV-7）· Refused by R-RV-7.")
            .Build(),

        Doc("RecordSurveySample", Tag.Surveys, "登记抽样回访 · Record a sampling revisit",
                "职能主管的抽样回访，评价 A/B/C。· A functional supervisor's sampling revisit, rated A, B or C.")
            .Roles("manager", "supervisor")
            .Path("id", "调查编号 · The survey id.", "sv-20261101-1a2b3c4d")
            .Body<SampleBody>(DocExamples.Sample)
            .Ok<SurveyView>("更新后的调查 · The survey.")
            .Problem(404, "无此调查 · No such survey.")
            .Problem(409, "规则拒绝（R-RV-7）· Refused by R-RV-7.")
            .Build(),

        Doc("ReportSurvey", Tag.Surveys, "调查报告 · Report the survey",
                "经理写出调查结论与整改措施，结束调查。· The manager ends the survey with its findings and corrective measures (整改措施).")
            .Roles("manager")
            .Path("id", "调查编号 · The survey id.", "sv-20261101-1a2b3c4d")
            .Body<SurveyReportBody>(DocExamples.SurveyReport)
            .Ok<SurveyView>("已完成的调查 · The survey.")
            .Problem(404, "无此调查 · No such survey.")
            .Problem(409, "规则拒绝（如尚有项目未登记）（R-RV-7）· Refused by R-RV-7 (e.g. an area has no ballots yet).")
            .Build(),

        Doc("IssuePermit", Tag.Permits, "开具放行单 · Issue a release permit",
                "服务中心核验后开具放行单（R-SV-1，001 篇4 §4.3）。申请人 owner / registered-family / other；other 须带业主书面授权。是/否项必填，以免漏填被当作“否”。· The service centre issues a permit after its checks; yes/no checks are required so that a forgotten one is not read as no.")
            .Roles("agent", "manager")
            .Body<IssuePermitBody>(DocExamples.IssuePermit)
            .Ok(201, "放行单 · The permit.", typeof(PermitView))
            .Problem(409, "规则拒绝（R-SV-1），field 指明字段 · Refused by R-SV-1; `field` names the field.")
            .Build(),

        Doc("ListPermits", Tag.Permits, "放行单列表 · List permits",
                "某配置的放行单，及逾期未交回的保安联。· A profile's permits and the security copies overdue for hand-back.")
            .Param(ProfileParam())
            .Query("overdue", "只看逾期（true）或未逾期（false）· Only overdue (true) or not (false).", ParamKind.Boolean)
            .Ok<PermitList>("放行单 · The permits.")
            .Invalid()
            .Problem(403, "服务中心、保安、经理、全质办与管理员可读 · Read by the service centre, security, the manager, the quality office and admins.")
            .Build(),

        Doc("PermitGate", Tag.Permits, "门岗放行判定 · Decide at the gate",
                "保安在门岗判定物品能否放行（§4.1–4.2），不存储任何内容。带 permitId 时核对放行单；贵重或大件须业主本人签字。· The guard asks whether goods may leave; nothing is stored. With a permit, valuable or large goods need the owner's own signature (409 otherwise).")
            .Body<GateBody>(DocExamples.Gate)
            .Ok<GateView>("判定 · The decision.")
            .Problem(403, "只有保安部门在门岗判定 · Only the security unit's guards decide at the gate.")
            .Problem(404, "无此放行单 · No such permit.")
            .Problem(409, "放行单不能放行贵重或大件物品（R-SV-1）· The permit does not release valuable or large goods.")
            .Build(),

        Doc("GetPermit", Tag.Permits, "查看放行单 · Read a permit",
                "一张放行单。· One permit.")
            .Path("id", "放行单编号 · The permit id.", "rp-20261120-1a2b3c4d")
            .Ok<PermitView>("放行单 · The permit.")
            .Problem(403, "无权阅读放行单 · The caller may not read permits.")
            .Problem(404, "无此放行单 · No such permit.")
            .Build(),

        Doc("HandBackPermit", Tag.Permits, "保安联交回归档 · File the security copy",
                "保安联交回服务中心归档（§4.4.1）；已归档的保留首次日期，重复调用不变。· Security's copy is handed back and filed; a repeated call changes nothing.")
            .Path("id", "放行单编号 · The permit id.", "rp-20261120-1a2b3c4d")
            .Ok<PermitView>("放行单 · The permit.")
            .Problem(403, "只有服务中心、经理或保安可登记 · Recorded by the service centre, the manager or security.")
            .Problem(404, "无此放行单 · No such permit.")
            .Build(),
    ];
}
