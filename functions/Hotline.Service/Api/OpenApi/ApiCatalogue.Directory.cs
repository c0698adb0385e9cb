using Hotline.Domain.Staff;
using Hotline.Service.Orchestration;

namespace Hotline.Service.Api.OpenApi;

public static partial class ApiCatalogue
{
    private static IEnumerable<ApiDoc> DirectoryDocs() =>
    [
        Doc("ListStaff", Tag.Staff, "员工名录 · The staff directory",
                "所有员工（姓名、电话、角色、部门、上级、是否在岗），任何已登录员工可读。· Every staff member, for any signed-in staff member.")
            .Ok<List<StaffView>>("员工列表 · The staff.")
            .Build(),

        Doc("GetStaff", Tag.Staff, "查看员工 · Read a staff member",
                "一名员工 · One staff member.")
            .Path("id", "员工编号 · The staff id.", "agent1")
            .Ok<StaffView>("员工 · The staff member.")
            .Problem(404, "无此员工 · No such staff member.")
            .Build(),

        Doc("PutStaff", Tag.Staff, "新增或修改员工 · Create or change a staff member",
                $"""
                管理员维护名录。新员工或 issueApiKey=true 时签发新的 API 密钥，只在本次应答中出现一次（库中只存散列）。一个手机号只属于一名员工（短信回复按号码认人），重复 409。
                角色 roles：{string.Join(", ", Validation.Names<Role>())}。

                Admins keep the directory. A new member, or issueApiKey=true, gets a new API key, shown once in this answer (only its hash
                is stored). A phone number belongs to one staff member (SMS replies are attributed by number): a second one is 409.
                """)
            .Roles("admin")
            .Path("id", "员工编号（字母、数字、. _ -，≤64）· The staff id (letters, digits, '.', '_', '-', at most 64).", "engineering-2")
            .Body<StaffBody>(DocExamples.Staff)
            .Ok<StaffView>("已保存；apiKey 仅在签发时出现 · Saved; apiKey only when one was issued.")
            .Problem(409, "该手机号已属于另一名员工 · The phone number belongs to another staff member.")
            .Build(),

        Doc("ListProfiles", Tag.System, "业务配置与类别 · Profiles and their categories",
                "本部署运行的配置（五个种子配置）及其类别：受理时可用的类别代码、是否紧急、是否有偿。· The profiles this deployment runs and their categories (what intake may use).")
            .Ok<List<ProfileView>>("配置列表 · The profiles.")
            .Build(),

        Doc("Now", Tag.System, "主机时间 · The host's clock",
                "主机的当前时间；手动时钟（演示、测试）时 manual=true。· The host's now; manual=true under the manual clock (demo, tests).")
            .Ok<HostClockView>("当前时间 · Now.")
            .Build(),

        Doc("Clock", Tag.System, "拨动手动时钟 · Move the manual clock",
                "仅手动时钟模式（Hotline:Clock=Manual）：前进 advance（ISO 8601 时长）或跳到 to（时刻），到期的案件随之处理、短信发出后才应答。· Manual clock mode only: advance by a duration or set to an instant; answered once the cases that fell due have acted and sent their messages.")
            .Roles("admin")
            .Body<ClockBody>(DocExamples.Clock)
            .Ok<ClockView>("新的时间与处理的案件数 · The new time and what ran.")
            .Problem(409, "非手动时钟模式（rule CLOCK）· The host is not on the manual clock (rule CLOCK).")
            .Build(),

        Doc("SmsInbound", Tag.Sms, "短信入站 Webhook（Event Grid）· Inbound SMS webhook (Event Grid)",
                """
                Azure Communication Services 经 Event Grid 投递短信回复与送达回执（Event Grid schema）。以 `?code=` 或 `x-hotline-webhook-key` 头携带共享密钥。
                应答订阅验证握手；重复投递被忽略；格式错误 400 指明字段且不产生任何副作用；回复短信发送失败 503（Event Grid 会重试）。

                Event Grid delivers SMS replies and delivery reports here. Answers the subscription-validation handshake, drops duplicate
                deliveries, refuses anything malformed with 400 naming the field before any side effect; 503 when the reply could not be
                sent (Event Grid retries).
                """)
            .Webhook()
            .Body<System.Text.Json.JsonElement>(DocExamples.InboundSms)
            .Header("aeg-event-type", "Event Grid 的投递类型：Notification 或 SubscriptionValidation · Event Grid's delivery type.", "Notification")
            .Ok<Sms.SmsInboundAnswer>("已处理的事件数与发出的回复数；握手时为 {\"validationResponse\": …} · Events handled and replies sent; the handshake's answer for a validation event.")
            .Build(),

        Doc("OrchestrationStatus", Tag.Admin, "案件编排状态 · A case's orchestration",
                "Durable 编排实例的运行状态。· The Durable orchestration instance of the case.")
            .Roles("admin")
            .Param(CaseIdParam())
            .Ok<CaseInstance>("编排实例 · The instance.")
            .Invalid()
            .Problem(404, "该案件没有编排 · The case has no orchestration.")
            .Build(),

        Doc("ListOrchestrations", Tag.Admin, "编排列表 · List orchestrations",
                "运行中的编排（all=true 含已结束），最多 200 个。· Active orchestrations (all=true: every one), at most 200.")
            .Roles("admin")
            .Query("all", "含已结束的编排 · Include finished ones.", ParamKind.Boolean, example: "true")
            .Ok<List<CaseInstance>>("编排实例 · The instances.")
            .Build(),

        Doc("WakeOrchestration", Tag.Admin, "唤醒或修复编排 · Wake or repair an orchestration",
                "没有运行中的编排时按存储的案件启动，否则把存储的案件发给它（也会唤醒它）。· Starts one from the stored case when none is active, otherwise sends it the stored case (which also wakes it).")
            .Roles("admin")
            .Param(CaseIdParam())
            .Ok(202, "已唤醒：编排实例 · Woken: the instance.", typeof(CaseInstance))
            .Invalid()
            .Problem(404, "无此案件 · No such case.")
            .Build(),

        Doc("TerminateOrchestration", Tag.Admin, "终止编排 · Terminate an orchestration",
                "终止案件的编排（案件数据不变）。· Terminates the case's orchestration; the stored case is unchanged.")
            .Roles("admin")
            .Param(CaseIdParam())
            .Query("reason", "终止原因 · Why.", example: "数据修复")
            .Ok(202, "已请求终止 · Termination requested.")
            .Invalid()
            .Build(),

        Doc("PurgeOrchestration", Tag.Admin, "清除编排历史 · Purge an orchestration",
                "清除已结束编排的历史；运行中须先终止。· Purges a finished orchestration's history; terminate an active one first.")
            .Roles("admin")
            .Param(CaseIdParam())
            .Ok(204, "已清除 · Purged.")
            .Invalid()
            .Problem(409, "编排不存在或仍在运行（rule ADMIN）· Missing or still active (rule ADMIN).")
            .Build(),
    ];
}
