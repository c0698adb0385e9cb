using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;

namespace Hotline.Service.Api.OpenApi;

public static partial class ApiCatalogue
{
    private const string CaseIdExample = "20261120-0001";

    private static ApiParam CaseIdParam() =>
        new("id", ParamIn.Path, "案件编号（yyyyMMdd-序号）· The case id, like 20261120-0001.", Required: true, Example: CaseIdExample);

    private static IEnumerable<ApiDoc> CaseDocs() =>
    [
        Doc("Intake", Tag.Cases, "受理来电（立案）· Take a call (intake)",
                """
                记录来电：来电人、类别、摘要与受理决定（open 立案派工、answered 当场答复、refer 转办）。首问责任人 receivedBy 是来电人第一位接触的员工（R-IN-9）；
                只有 recorder 可以代他人录入。匿名举报或员工巡查发现（anonymous / reason=found-by-staff）可不填姓名电话（R-IN-8）。
                重试请带同一个 `Idempotency-Key`：同一员工的同一 key 只建一个案件，重发得到 200 和原案件。

                Records a call. The first-question owner (`receivedBy`) is whoever the caller first reached; only a recorder files
                in someone else's name. Retry with the same `Idempotency-Key` to get the same case back (200) instead of a second one.
                """)
            .Body<IntakeBody>(DocExamples.Intake)
            .Invalid(DocExamples.ValidationProblem)
            .Header("Idempotency-Key", "重试键（≤200 字符），同一员工同一键只建一次案件 · Retry key (≤ 200 characters): one case per staff member and key.", "call-20261120-0042")
            .Ok<CaseView>("新案件 · The new case.", 201)
            .Ok<CaseView>("同一 Idempotency-Key 的重发：原案件 · A retry with the same Idempotency-Key: the case it created.")
            .Problem(403, "非 recorder 代他人录入 · Filing in another staff member's name without the recorder role (R-IN-9).")
            .Problem(409, "案件规则拒绝（ProblemDetails 的 rule 指明规则）· Refused by a case rule; `rule` names it.", DocExamples.RuleProblem)
            .Build(),

        Doc("GetCase", Tag.Cases, "查看案件 · Read a case",
                "案件全貌：时限、时间线（含规则编号）、回访、结案。与案件无关的员工看到脱敏的来电人信息（R-PV-1）。· The case with its deadlines, timeline (each line with its rule), revisits and closure; staff with no part in it see the caller masked (R-PV-1).")
            .Param(CaseIdParam())
            .Ok<CaseView>("案件 · The case.")
            .Invalid()
            .Problem(404, "无此案件 · No such case.")
            .Build(),

        Doc("ListCases", Tag.Cases, "案件列表 · List cases",
                """
                按状态、承办人、超时与受理时间筛选，分页（continuationToken），默认最新受理在前（按案件编号，跨页有效）。报表下钻参数 profile、month、category、
                firstOwner、unit、linkedUnit、serviceArea 按月报的分组取值；给空值（如 `unit=`）选“无”那一行。一页可能少于 pageSize 甚至为空但仍有
                continuationToken：请一直翻到 token 为空。热线台席（坐席、记录员、协调员、经理、品质部、管理员）看到全部案件；现场人员（主管、承办人）的列表
                只列他们参与或本部门的未结案件（按状态查 closed/answered/redirected 时列出他们可见的已结案件），两种排序都跨页有效。

                Filters by status, assignee, overdue and receipt time, page by page, newest received first (by case number) across pages.
                The drill-down keys match the monthly report's rows; an empty value (`unit=`) selects its "none" row. A page may hold
                fewer items than pageSize, even none, with a continuation token: follow the token until it is null. The hotline desk
                (agents, recorders, coordinator, managers, quality office, admins) lists every case; field staff (unit heads,
                implementers) list the open cases they have a part in or their unit's, both orders holding across pages (ask for
                status closed/answered/redirected to list the closed cases they may see).
                """)
            .Query("status", "案件状态 · Case status.", values: [.. Validation.Names<CaseStatus>()], example: "dispatched")
            .Query("assignee", "承办人员工编号 · The assignee's staff id.", example: "engineering-1")
            .Query("overdue", "只看超时（true）或未超时（false）· Only overdue (true) or not overdue (false) cases.", ParamKind.Boolean)
            .Query("from", "受理时间起（含）· Received at or after.", ParamKind.Instant, example: "2026-11-01T00:00:00+08:00")
            .Query("to", "受理时间止 · Received before.", ParamKind.Instant, example: "2026-12-01T00:00:00+08:00")
            .Query("pageSize", "每页条数 1–200，默认 50 · Items per page, 1 to 200 (default 50).", ParamKind.Integer, example: "50")
            .Query("continuationToken", "上一页返回的续页令牌 · The token the previous page returned.")
            .Query("profile", "下钻：配置 · Drill-down: the profile.", example: "park-dispatch")
            .Query("month", "下钻：受理月份（配置的当地日历，不可与 from/to 同用）· Drill-down: month of receipt in the profile's calendar (not with from/to).", ParamKind.Month, example: "2026-11")
            .Query("category", "下钻：类别代码 · Drill-down: category code.", example: "repair")
            .Query("firstOwner", "下钻：首问责任人（月报调度员行）· Drill-down: the first-question owner (the monthly report's dispatcher line).", example: "agent1")
            .Query("unit", "下钻：责任部门/站点，空值为无 · Drill-down: responsible unit; empty for none.", example: "engineering")
            .Query("linkedUnit", "下钻：12319 相关单位（R-DS-8），空值为无 · Drill-down: linked unit (12319, R-DS-8); empty for none.")
            .Query("serviceArea", "下钻：服务项目（R-RP-3），空值为无 · Drill-down: service area (R-RP-3); empty for none.")
            .Query("queue", "mine：我的待办（我是首问、承办或有事待我处理的案件，紧急在前、再按时限）· mine: my queue (cases I own, am assigned or that await me; emergencies first, then by deadline).", values: ["mine"], example: "mine")
            .Query("urgency", "紧急程度 · Urgency.", values: [.. Validation.Names<Urgency>()], example: "emergency")
            .Query("sort", "received（默认，最新受理在前，跨页）或 deadline（时限近的在前：台席列表在每页内排序，现场人员的列表跨页）· received (default, newest first, across pages) or deadline (nearest first: within each page of the desk's list, across pages of field staff's).", values: ["received", "deadline"], example: "deadline")
            .Ok<CaseListView>("一页案件摘要 · One page of case summaries.")
            .Invalid()
            .Build(),

        Doc("SearchCases", Tag.Cases, "查找案件 · Search cases",
                """
                text 可以是来电号码（完整号码，任何写法）、号码后四位、案件编号或流水号，或来电人姓名、地址、小区、摘要、详情、督办件编号中的一段文字。
                只返回您可见的案件（R-PV-1），与案件无关者看到脱敏信息，其文字查找也不匹配来电人姓名、地址、小区，只匹配脱敏后的摘要、详情与督办件编号（按号码、编号查找不受影响）；
                按受理时间新的在前。文字查找只查最近 366 天。用 POST 是为了不让电话和姓名出现在网址和访问日志里。

                `text` is a caller phone (full, any format, or its last 4 digits), a case id or reference, or a piece of the caller's
                name, address, property, the summary, details or supervision number. Only cases visible to you (R-PV-1), newest first;
                for a case you have no part in, text does not match the caller's name, address or property, only the summary and details
                as masked for you and the supervision number (phone, id and reference lookups are unaffected), so a search cannot confirm
                what the mask hides. Free text looks back 366 days. POST keeps phone numbers and names out of URLs and access logs.
                """)
            .Body<Finding.SearchHandlers.SearchBody>(DocExamples.Search)
            .Ok<CaseListView>("匹配的案件摘要 · The matching case summaries.")
            .Build(),

        Doc("CallerHistory", Tag.Cases, "来电人历史 · Caller history",
                """
                受理时按来电号码查此前的案件与来电（最多 20 条，新的在前）：repeatCaller 回头客；secondComplaint 该号码有未办结的案件（同类别，若给出 category），
                应记为二次投诉（R-FU-8）而非新立案。只含您可见的案件（R-PV-1）。

                The earlier cases and calls from a number while the caller is on the line (up to 20, newest first): `repeatCaller`, and
                `secondComplaint` when the number has an unfinished case (of the category, if given) that the call should be recorded
                on as a second complaint (R-FU-8). Visible cases only (R-PV-1).
                """)
            .Body<Finding.CallerHistoryHandlers.CallerHistoryBody>(DocExamples.CallerHistory)
            .Ok<Finding.CallerHistoryHandlers.CallerHistoryView>("来电人历史 · The caller's history.")
            .Build(),

        Doc("CaseCounts", Tag.Cases, "案件计数 · Case counts",
                "您可见的未办结案件按状态计数，以及超时、临近时限、紧急和我的待办数。· Open cases visible to you by status, and how many are overdue, near a deadline, emergencies, and in your queue.")
            .Ok<Finding.QueueHandlers.CaseCountsView>("计数 · The counts.")
            .Build(),

        Doc("Signal", Tag.Cases, "案件处理动作（信号）· Act on a case (signal)",
                $"""
                `type` 指明动作，其余字段是它的数据：如 acknowledge 接单、arrived 到场、progress 进展（text）、complete 完工（result, evidence）、revisit 回访（rating A/B/C）、
                close 结案、reassign 改派（unit, reason）、hand-over 移交首问（to, reason）。需要案件中的角色（首问、承办、审批…），协调员可处理任何案件，
                second-complaint 任何坐席都可记录（R-FU-8）。字段缺失时 400 指明字段；规则不允许时 409 指明规则。已受理的信号在提交前返回 202 与预期状态。

                `type` names the action; the other fields carry its data. One of: {string.Join(", ", Validation.Names<SignalType>())}.
                A signal the case's rules refuse is 409 with the rule; an accepted one is 200 with the new state, or 202 with the case's
                URL (Location) and the expected state when it has not committed within the wait.
                """)
            .Param(CaseIdParam())
            .Body<SignalBody>(DocExamples.Signal)
            .Ok<CaseView>("已提交：新状态 · Committed: the new state.")
            .Ok(202, "已受理，尚未提交：预期状态（Location 为案件地址）· Accepted, not yet committed: the expected state; Location is the case.", typeof(CaseView))
            .Problem(403, "可见案件，但在案件中没有角色，或该角色不可做此动作 · A case you see, but you have no part in it or the part does not allow this action.")
            .Problem(404, "无此案件，或您不可见该案件（R-PV-1）· No such case, or one you may not see (R-PV-1).")
            .Problem(409, "案件规则拒绝，rule 指明规则 · Refused by a case rule; `rule` names it.", DocExamples.RuleProblem)
            .Build(),

        Doc("Outbox", Tag.Sms, "案件的短信发件箱 · A case's outgoing SMS",
                "该案件的短信及发送状态；与案件无关者看到脱敏的号码与内容（R-PV-1）。· The case's messages and their delivery; masked for staff with no part (R-PV-1).")
            .Query("caseId", "案件编号 · The case id.", required: true, example: CaseIdExample)
            .Ok<List<OutboxView>>("短信列表（按顺序）· The messages, in order.")
            .Invalid()
            .Problem(404, "无此案件，或您不可见该案件（R-PV-1）· No such case, or one you may not see (R-PV-1).")
            .Build(),
    ];
}
