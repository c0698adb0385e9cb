namespace Hotline.Domain.Sms;

/// <summary>What a staff member can say by SMS. The set is closed: anything else is refused.</summary>
public enum SmsVerb
{
    /// <summary>收到: the task reached the person who will handle it (R-DS-1).</summary>
    Acknowledge,

    /// <summary>已到达: on site.</summary>
    Arrived,

    /// <summary>进展: a progress note; text required.</summary>
    Progress,

    /// <summary>完成: work done; optional note and service-slip number (R-CL-1).</summary>
    Done,

    /// <summary>无法处理: cannot be resolved; reason required (R-FU-3, R-CL-7).</summary>
    CannotResolve,

    /// <summary>同意: a manager approves a closure or gives an instruction (R-EM-6, R-CL-5, R-DS-3).</summary>
    Approve,

    /// <summary>驳回: a manager rejects; reason required.</summary>
    Reject,

    /// <summary>任务: list my open tasks.</summary>
    Tasks,

    /// <summary>帮助: how to reply.</summary>
    Help,

    // The first-question duty (004): the owner in the field and the department that receives the request.

    /// <summary>移交: the first-question owner passes the request to a department's person, saying how (R-FQ-1).</summary>
    HandOver,

    /// <summary>接收: the receiving department enters the hand-over in its reception record (R-FQ-1).</summary>
    Receive,

    /// <summary>通知首问: the receiving department tells the first-question owner it has finished, with the result (R-FQ-2).</summary>
    NotifyOwner,
}
