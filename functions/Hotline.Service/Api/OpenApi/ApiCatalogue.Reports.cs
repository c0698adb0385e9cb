using Hotline.Domain.Reports;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Reports.Schedule;
using Hotline.Service.Reports;
using Hotline.Service.Reports.QualityChecks;
using Hotline.Service.Reports.Schedule;
using Hotline.Service.Reports.Submissions;

namespace Hotline.Service.Api.OpenApi;

public static partial class ApiCatalogue
{
    private static string[] Management => ["manager", "deputy-general-manager", "general-manager", "quality-office", "admin"];

    private static ApiParam ProfileParam() =>
        new("profile", ParamIn.Query, "配置编号，缺省为部署的默认配置 · The profile id; the deployment's default when left out.", Example: "park-dispatch");

    private static ApiParam MonthParam() =>
        new("month", ParamIn.Query, "月份 · The month.", ParamKind.Month, Required: true, Example: "2026-11");

    private static IEnumerable<ApiDoc> ReportDocs() =>
    [
        Doc("DailyReport", Tag.Reports, "日报 · Daily progress report",
                "某日的受理与处理进度（配置的当地日历）。报表只含员工编号、类别与数字，不含来电人信息（R-PV-1）；上级督办办公室只看到以其单位为上级单位的配置（supervision.upstreamUnit）的督办件，其他配置为零项。· The day's intake and progress; never caller data. The upstream office sees only the supervision items of the profiles naming its unit as their upstream office (none of another office's profile).")
            .Roles([.. Management, "agent", "upstream"])
            .Param(ProfileParam())
            .Query("date", "日期 · The day.", ParamKind.Date, required: true, example: "2026-11-20")
            .Ok<DailyProgressReport>("日报 · The report.")
            .Invalid()
            .Build(),

        Doc("WeeklyReport", Tag.Reports, "周报 · Weekly report",
                "含该日的一周（周一至周日）。· The week (Monday to Sunday) holding the given day.")
            .Roles([.. Management, "agent", "upstream"])
            .Param(ProfileParam())
            .Query("week", "该周中的任一天 · Any day of the week.", ParamKind.Date, required: true, example: "2026-11-16")
            .Ok<WeeklyReport>("周报 · The report.")
            .Invalid()
            .Build(),

        Doc("MonthlyReport", Tag.Reports, "月报 · Monthly report",
                "月度统计与调度员汇总（R-RP-1）。坐席只看到自己那一行；上级督办办公室得到只含其督办件的月报（SupervisionMonthlyReport；配置的 upstreamUnit 须为其单位，否则零项）。· The month's statistics and dispatcher summary; an agent sees only their own line, the upstream office a report over its supervision items (the profile must name its unit as upstreamUnit, else none).")
            .Roles([.. Management, "agent", "upstream"])
            .Param(ProfileParam())
            .Param(MonthParam())
            .Ok<MonthlyReport>("月报 · The report.")
            .Invalid()
            .Build(),

        Doc("SignMonthlyReport", Tag.Reports, "经理签署月度汇总 · The manager signs the monthly summary",
                "经理写评语并签署当月汇总（R-RP-1），每月一次。· The manager comments on and signs the month's summary, once.")
            .Roles("manager")
            .Param(ProfileParam())
            .Param(MonthParam())
            .Body<SignBody>(DocExamples.SignMonthly)
            .Ok<MonthlySummary>("已签署的汇总 · The signed summary.")
            .Problem(409, "该月已签署（R-RP-1）· The month was signed already (R-RP-1).")
            .Build(),

        Doc("FirstQuestionAudit", Tag.Reports, "首问责任审计 · First-question compliance audit",
                "期间内受理案件的首问责任落实情况（R-RP-8），期间至多 366 天。· The first-question duty audit of the cases received in the period (R-RP-8); at most 366 days.")
            .Roles(Management)
            .Param(ProfileParam())
            .Query("from", "起始日 · First day.", ParamKind.Date, required: true, example: "2026-11-01")
            .Query("to", "截止日（含）· Last day.", ParamKind.Date, required: true, example: "2026-11-30")
            .Ok<FirstQuestionAudit>("审计结果 · The audit.")
            .Invalid()
            .Build(),

        Doc("QualityRecordsReport", Tag.Reports, "服务质量记录 · Quality records of the month",
                "当月的服务质量考评记录（R-RP-11）与纠正预防措施（R-RP-10）。· The month's quality assessments and corrective actions.")
            .Roles(Management)
            .Param(ProfileParam())
            .Param(MonthParam())
            .Ok<QualityRecordsReport>("质量记录 · The records.")
            .Invalid()
            .Build(),

        Doc("GenerateReportSubmission", Tag.Reports, "生成报送报表 · Generate a report submission",
                "生成（退回后重新生成）某期周报或月报，进入审核—批准—上报流程（R-RP-9）。周报 period 为该周任一天（yyyy-MM-dd），月报为 yyyy-MM。· Generates (or after a return regenerates) a weekly or monthly report for the review chain (R-RP-9).")
            .Roles(["agent", "supervisor", .. Management])
            .Body<GenerateSubmissionBody>(DocExamples.GenerateSubmission)
            .Ok(201, "新的报送 · The submission.", typeof(SubmissionView))
            .Problem(409, "流程不允许（如已在审核中）· Not allowed in the submission's state (R-RP-9).")
            .Build(),

        Doc("ListReportSubmissions", Tag.Reports, "报送列表 · List report submissions",
                "某配置的报送（不含数字）。上级单位只看到已上报给它的月度汇总（003 §七）：配置的 upstreamUnit 为其单位时；他单位的配置为空列表。· A profile's submissions, without figures; the upstream office sees only the monthly roll-ups submitted to it: of a profile naming its unit (upstreamUnit), an empty list for another office's profile.")
            .Roles(["agent", "supervisor", "upstream", .. Management])
            .Param(ProfileParam())
            .Query("kind", "周报或月报 · Weekly or monthly.", values: [.. Validation.Names<ReportKind>()])
            .Ok<List<SubmissionView>>("报送 · The submissions.")
            .Invalid()
            .Build(),

        Doc("GetReportSubmission", Tag.Reports, "查看报送 · Read a report submission",
                "含数字、月报的时限与提醒。上级单位只能在上报后读取其配置的月度汇总（不含退回与提醒），此前或他单位的配置为 404。· With its figures, and for a monthly report its deadlines and reminders; the upstream office reads its profile's monthly roll-up once submitted (without returns and reminders), 404 before or for another office's profile.")
            .Roles(["agent", "supervisor", "upstream", .. Management])
            .Path("id", "报送编号：{profile}.{kind}.{period} · The submission id.", "heating-supervision.weekly.2026-11-16")
            .Ok<SubmissionView>("报送 · The submission.")
            .Problem(404, "无此报送 · No such submission.")
            .Build(),

        Doc("ReportSubmissionStep", Tag.Reports, "报送流程：审核、批准、退回、上报 · Review, approve, return or submit",
                "review / approve 可带 comment；return 须给 reason；submit 须给 reference（上报文号）。角色不符 403，顺序不对 409（R-RP-9）。· review/approve take an optional comment, return a reason, submit the upstream reference. Wrong role 403, out of order 409.")
            .Roles(["agent", "supervisor", .. Management])
            .Path("id", "报送编号 · The submission id.", "heating-supervision.weekly.2026-11-16")
            .Param(new ApiParam("step", ParamIn.Path, "步骤 · The step.", Required: true, Example: "review", Values: ["review", "approve", "return", "submit"]))
            .Body<SubmissionStepBody>(DocExamples.SubmissionStep)
            .Ok<SubmissionView>("更新后的报送 · The submission after the step.")
            .Problem(404, "无此报送或步骤 · No such submission or step.")
            .Problem(409, "顺序不对（R-RP-9）· Out of order (R-RP-9).")
            .Build(),

        Doc("ListReportSnapshots", Tag.Reports, "存档报表列表 · Stored report snapshots",
                "按计划存档的日报、周报、月报（新的在前，不含数字）。· The reports stored on schedule, newest first, without figures.")
            .Roles([.. Management, "agent"])
            .Param(ProfileParam())
            .Query("kind", "报表种类 · Kind.", values: [.. Validation.Names<SnapshotKind>()])
            .Ok<List<SnapshotView>>("存档 · The snapshots.")
            .Invalid()
            .Build(),

        Doc("GetReportSnapshot", Tag.Reports, "查看存档报表 · Read a stored report",
                "含数字；坐席只看到月度汇总中自己那一行。· With its figures; an agent sees only their own line of the monthly summary.")
            .Roles([.. Management, "agent"])
            .Path("id", "存档编号：{profile}.{kind}.{period} · The snapshot id.", "park-dispatch.monthly.2026-10")
            .Ok<SnapshotView>("存档报表 · The snapshot.")
            .Problem(404, "无此存档 · No such snapshot.")
            .Build(),

        Doc("RecordQualityCheck", Tag.Reports, "记录每周质量检查 · Record the weekly quality check",
                "经理每周检查投诉质量记录（R-RP-1），每配置每周一次。week 为该周任一天。· The manager's weekly check of the complaints' quality records, once per profile and week.")
            .Roles(Management)
            .Body<QualityCheckBody>(DocExamples.QualityCheck)
            .Ok(201, "已记录 · Recorded.", typeof(WeeklyQualityCheck))
            .Problem(403, "只有经理可以记录 · Only a manager records it.")
            .Problem(409, "该周已检查（R-RP-1）· The week was checked already.")
            .Build(),

        Doc("ListQualityChecks", Tag.Reports, "每周质量检查记录 · Weekly quality checks",
                "检查记录，以及上一个已结束的周是否已检查。· The checks and whether the last closed week was checked.")
            .Roles(Management)
            .Param(ProfileParam())
            .Ok<QualityChecksView>("检查记录 · The checks.")
            .Invalid()
            .Build(),
    ];
}
