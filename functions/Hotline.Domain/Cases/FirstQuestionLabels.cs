namespace Hotline.Domain.Cases;

/// <summary>The words of seed 004 for the first-question types, as the ledger, SMS and the audit print them.</summary>
public static class FirstQuestionLabels
{
    public static string Of(HandOverMethod method) => method switch
    {
        HandOverMethod.PhoneBridge => "电话沟通（责任部门主管与业主直接通话）",
        HandOverMethod.SupervisorOnSite => "责任部门主管到现场",
        _ => "陪同引领至责任部门",
    };

    public static string Of(BreachKind kind) => kind switch
    {
        BreachKind.Evasion => "搪塞推诿",
        BreachKind.PassingTheBuck => "踢皮球",
        BreachKind.Attitude => "服务态度",
        _ => "失职造成业主损失",
    };

    public static string Of(BreachSanction sanction) => sanction switch
    {
        BreachSanction.NotUpheld => "不予追究",
        BreachSanction.Criticism => "批评教育",
        BreachSanction.PublicCriticism => "通报批评",
        BreachSanction.Warning => "警告",
        BreachSanction.Demerit => "记过",
        BreachSanction.MajorDemerit => "记大过",
        BreachSanction.Demotion => "降职",
        BreachSanction.Reassignment => "调整工作岗位",
        _ => "辞退",
    };
}
