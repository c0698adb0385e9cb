namespace Hotline.Domain.Sms;

/// <summary>
/// Which task an SMS reply is about. Every outcome other than <see cref="Resolved"/> carries the reply
/// to send back, so the caller never has to guess.
/// </summary>
public abstract record ReferenceResolution
{
    private ReferenceResolution()
    {
    }

    /// <summary>The reply is about this case.</summary>
    public sealed record Resolved(string CaseId) : ReferenceResolution;

    /// <summary>The sender has no open task.</summary>
    public sealed record NoOpenTasks(string Reply) : ReferenceResolution;

    /// <summary>None of the sender's open tasks has this reference.</summary>
    public sealed record NotFound(SmsReference Reference, string Reply) : ReferenceResolution;

    /// <summary>Several tasks fit; the reply lists them and asks for a reference (or the full id when sequences collide).</summary>
    public sealed record Ambiguous(IReadOnlyList<OpenTask> Candidates, string Reply) : ReferenceResolution;
}
