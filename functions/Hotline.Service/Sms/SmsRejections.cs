using Hotline.Domain.Cases;
using Hotline.Domain.Sms;

namespace Hotline.Service.Sms;

/// <summary>Says in the field's language why the machine refused an SMS action, and how to say it right.</summary>
public static class SmsRejections
{
    /// <param name="verb">What the sender replied, so a refusal says it in the sender's words.</param>
    /// <param name="status">The case's status, for a reply that does not fit it.</param>
    public static string Explain(string rule, string reason, string reference, SmsVerb verb, CaseStatus status) => (rule, verb) switch
    {
        (_, SmsVerb.HandOver or SmsVerb.Receive or SmsVerb.NotifyOwner) => FirstQuestion(rule, reference, verb, status),
        _ => Common(rule, reason, reference, verb, status),
    };

    /// <summary>The first-question verbs (004): who may send each, and when (R-FQ-1, R-FQ-2).</summary>
    private static string FirstQuestion(string rule, string reference, SmsVerb verb, CaseStatus status) => (rule, verb) switch
    {
        (Rejection.NotAllowed, SmsVerb.HandOver) => $"只有{reference}的首问责任人可以移交",
        (Rejection.NotAllowed, SmsVerb.Receive) => $"{reference}不是移交给您或您部门的，不能登记接收",
        (Rejection.NotAllowed, SmsVerb.NotifyOwner) => $"只有{reference}的承办部门可以通知首问责任人",
        ("R-FQ-2", SmsVerb.NotifyOwner) => $"{reference}{CaseStatusNames.Chinese(status)}，办结后才能通知首问，请先回复\"完成 {reference}\"",
        ("R-FQ-2", _) or (Rejection.Invalid, SmsVerb.NotifyOwner) => $"{reference}的首问责任已结束",
        (Rejection.Invalid, SmsVerb.HandOver) => "不能移交给自己，请写明其他部门或接收人",
        (Rejection.Invalid, SmsVerb.Receive) => $"{reference}的移交已登记接收",
        _ => Common(rule, string.Empty, reference, verb, status),
    };

    private static string Common(string rule, string reason, string reference, SmsVerb verb, CaseStatus status) => rule switch
    {
        Rejection.Invalid => $"{reference}{CaseStatusNames.Chinese(status)}，不能回复\"{SmsVerbLexicon.Chinese(verb)}\"",
        "R-CL-1" => $"维修须附服务单号，请回复\"完成 {reference} 单号XXXX 处理结果\"",
        "R-CL-6" => "事项尚未处理，不能办结或审批销项",
        "R-CL-4" => "有相关问题尚未解决，暂不能销项",
        "R-CL-7" => "仅无法处理的事项可审批强制销项",
        "R-EM-6" or "R-CL-5" => "须管理处负责人审批后方可销项",
        "R-DS-6" => "转来的投诉须本部门处理，不得再转，请联系客服主管",
        Rejection.NotAllowed => "您不是本案的责任人或审批人",
        // A rule whose refusal has no wording of its own yet: the rule id lets the dispatcher look it up.
        _ => $"不符合规定{rule}，请联系调度员",
    };
}
