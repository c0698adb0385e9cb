namespace Hotline.Service.Api.OpenApi;

/// <summary>
/// The examples the document shows, as JSON text. Bodies are ones the running host accepts for the demo directory and
/// the default profile (park-dispatch); a test posts each one. The problem examples are what the handlers answer to
/// <see cref="InvalidIntake"/> and to a forbidden transition (also checked by a test).
/// </summary>
public static class DocExamples
{
    public const string Intake = """
        {
          "caller": { "name": "张三丰", "phone": "13912345678", "address": "3栋1201", "property": "阳光园区" },
          "channel": "phone",
          "category": "repair",
          "summary": "卫生间漏水，楼下天花板滴水",
          "details": "业主说昨晚开始渗水，已关总阀。",
          "urgency": "normal",
          "receivedBy": "agent1",
          "decision": "open",
          "reason": "on-site-work",
          "readBack": "3栋1201卫生间漏水，楼下滴水，已关总阀",
          "toldProcedure": "维修工接单后30分钟内与您联系上门"
        }
        """;

    /// <summary>An intake with no caller name and a short phone number: answered with <see cref="ValidationProblem"/>.</summary>
    public const string InvalidIntake = """
        {
          "caller": { "phone": "12", "address": "3栋1201", "property": "阳光园区" },
          "category": "repair",
          "summary": "卫生间漏水",
          "receivedBy": "agent1",
          "decision": "open",
          "reason": "on-site-work"
        }
        """;

    public const string ValidationProblem = """
        {
          "type": "https://hotline.dev/problems/validation",
          "title": "The request is not valid.",
          "status": 400,
          "errors": {
            "caller.name": [ "Required." ],
            "caller.phone": [ "'12' is not a phone number: 2 digits (a mobile has 11, a landline its area code and number)" ]
          }
        }
        """;

    /// <summary>A search by the last four digits of the caller's phone.</summary>
    public const string Search = """
        { "text": "5678", "pageSize": 20 }
        """;

    public const string CallerHistory = """
        { "phone": "139 1234 5678", "category": "repair" }
        """;

    public const string RuleProblem = """
        {
          "type": "https://hotline.dev/problems/rule",
          "title": "Not allowed by rule R-CL-6.",
          "status": 409,
          "detail": "案件须经回访后方可关闭 · A case is closed only after the revisit.",
          "rule": "R-CL-6"
        }
        """;

    public const string Signal = """
        { "type": "progress", "text": "已联系业主，维修工明早九点上门查看" }
        """;

    public const string Staff = """
        {
          "name": "维修工 李四",
          "phone": "13700001234",
          "roles": [ "responsible" ],
          "unit": "engineering",
          "manager": "engineering-head",
          "onDuty": true,
          "issueApiKey": true
        }
        """;

    public const string Clock = """
        { "advance": "PT2H" }
        """;

    public const string SignMonthly = """
        { "comment": "本月投诉处理及时，回访率达标；漏水类报修偏多，已安排管道排查。" }
        """;

    public const string GenerateSubmission = """
        { "kind": "weekly", "period": "2026-11-16", "profile": "heating-supervision" }
        """;

    public const string SubmissionStep = """
        { "comment": "数据已核对，同意上报。" }
        """;

    public const string QualityCheck = """
        { "week": "2026-11-16", "findings": "抽查投诉记录12份，记录完整；2份回访时间未填写，已要求补记。", "profile": "park-dispatch" }
        """;

    public const string PlanSurvey = """
        { "profile": "park-dispatch", "from": "2026-11-01", "to": "2026-11-30", "areas": [ "Overall" ] }
        """;

    public const string Ballots = """
        { "area": "Overall", "sent": 120, "returned": 96, "satisfied": 70, "fairlySatisfied": 20, "dissatisfied": 6 }
        """;

    public const string Sample = """
        { "area": "Overall", "rating": "B", "comment": "业主反映夜间巡逻次数偏少" }
        """;

    public const string SurveyReport = """
        { "findings": "总体满意率93.8%；夜间巡逻与停车管理意见较多。", "correctiveMeasures": [ "夜间巡逻由每晚2次增至4次", "地面停车位重新划线" ] }
        """;

    public const string IssuePermit = """
        {
          "profile": "park-dispatch",
          "unit": "5栋802",
          "items": "旧沙发一套、衣柜一个",
          "valuableOrLarge": true,
          "applicant": "owner",
          "applicantName": "王业主",
          "idShown": true,
          "signedByApplicant": true
        }
        """;

    public const string Gate = """
        { "profile": "park-dispatch", "guardConfirmsOwner": true, "valuableOrLarge": false }
        """;

    /// <summary>An Event Grid delivery of one SMS reply (Event Grid schema).</summary>
    public const string InboundSms = """
        [
          {
            "id": "5a1f0f6e-0000-4000-8000-000000000001",
            "eventType": "Microsoft.Communication.SMSReceived",
            "subject": "/phonenumber/+8613900000004",
            "eventTime": "2026-11-20T06:05:00Z",
            "dataVersion": "1.0",
            "data": {
              "messageId": "Incoming_20261120_0001",
              "from": "+8613900000004",
              "to": "+8613800138000",
              "message": "1 20261120-0001",
              "receivedTimestamp": "2026-11-20T06:05:00Z"
            }
          }
        ]
        """;
}
