using Hotline.Domain.Privacy;

namespace Hotline.Domain.Sms;

// Texts of the first-question duty (004). Neither names the caller nor gives their phone; any number in the free
// text is masked, because the owner's supervisor may have no other part in the case (R-PV-1).
public static partial class SmsTemplates
{
    /// <summary>To the first-question owner (or their supervisor): the receiving department has finished; the duty ends (R-FQ-2).</summary>
    public static string FirstQuestionDutyEnded(string reference, string departmentPerson, string result) =>
        SmsFit.OneSegment(r => $"【首问办结{reference}】{departmentPerson}已办结您首问的事项：{r}。首问责任结束", Mask.Text(result));

    /// <summary>
    /// The help for a sender with a part in a first-question duty (its owner, or a department it was handed to): the
    /// common verbs, then the three first-question verbs, with an example of a field owner handing over to their supervisor.
    /// </summary>
    public static string HelpWithFirstQuestion() =>
        Help() + "。首问：移交(HANDOVER) 编号 部门或人 电话/到场/陪同 原因，不写部门交直接上司；" +
        "接收(RECEIVE) 编号 备注；通知首问(NOTIFY) 编号 结果。例：移交 0042 到场 水管漏水";

    /// <summary>To the quality office and the manager: a breach is undecided at the end of its period (R-FQ-3).</summary>
    public static string BreachDecisionOverdue(string reference, int number, string personName, string due) =>
        $"【首问问责{reference}】#{number} {personName} 的首问责任追究已过处理期限（{due}）仍未作出处理意见，请尽快处理";
}
