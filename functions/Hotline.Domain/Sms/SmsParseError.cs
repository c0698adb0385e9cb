namespace Hotline.Domain.Sms;

/// <summary>Why a message was not understood. Each kind has its own help reply.</summary>
public enum SmsParseError
{
    /// <summary>Nothing but blanks and punctuation.</summary>
    Empty,

    /// <summary>The message does not start with a known verb (nor a reference followed by one).</summary>
    UnknownVerb,

    /// <summary>A verb is glued to other words, e.g. <c>收到了吗</c>: a question, not an acknowledgement.</summary>
    VerbNotSeparated,

    /// <summary>A reference with no verb, e.g. <c>0042</c>.</summary>
    MissingVerb,

    /// <summary>Something in the reference slot that looks like a number but is not a valid reference.</summary>
    MalformedReference,

    /// <summary>Two references in one message.</summary>
    TwoReferences,

    /// <summary>进展 / 无法处理 / 驳回 without their text.</summary>
    TextRequired,

    /// <summary>Text after a verb that takes none (收到, 已到达, 任务, 帮助).</summary>
    UnexpectedText,

    /// <summary>Two service-slip numbers in one 完成.</summary>
    TwoSlipNumbers,

    /// <summary>A 移交 without how it was passed on (电话 / 到场 / 陪同) or without the reason (R-FQ-1).</summary>
    HandOverIncomplete,
}
