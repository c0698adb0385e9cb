namespace Hotline.Azure.Sms;

/// <summary>A webhook body that is not valid Event Grid JSON or lacks a field Hotline needs; the webhook answers 400.</summary>
public sealed class InboundFormatException : FormatException
{
    public InboundFormatException()
        : this("body", "The Event Grid payload is malformed.")
    {
    }

    public InboundFormatException(string message)
        : this("body", message)
    {
    }

    public InboundFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "body";
    }

    public InboundFormatException(string field, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The JSON path of the offending field, e.g. <c>data.messageId</c>, or "body" for unreadable JSON.</summary>
    public string Field { get; }
}
