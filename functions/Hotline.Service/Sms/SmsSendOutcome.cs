namespace Hotline.Service.Sms;

/// <summary>What became of one send attempt: a closed set of three cases.</summary>
public abstract record SmsSendOutcome
{
    // Private: the three nested records below are the only outcomes there are.
    private SmsSendOutcome()
    {
    }

    public bool IsSuccess => this is Accepted;

    /// <summary>True when the same message may succeed if sent again later.</summary>
    public bool IsTransient => this is TransientFailure;

    /// <summary>True when sending again cannot help (bad number, rejected credentials, refused content).</summary>
    public bool IsPermanent => this is PermanentFailure;

    /// <summary>The provider took the message for delivery.</summary>
    public sealed record Accepted(string ProviderMessageId) : SmsSendOutcome;

    /// <summary>Throttled, provider outage or network trouble: retry, no sooner than <paramref name="RetryAfter"/> when given.</summary>
    public sealed record TransientFailure(string Reason, TimeSpan? RetryAfter) : SmsSendOutcome;

    /// <summary>The provider refused the message for a reason a retry will not change.</summary>
    public sealed record PermanentFailure(string Reason) : SmsSendOutcome;
}
