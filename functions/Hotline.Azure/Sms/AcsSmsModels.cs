namespace Hotline.Azure.Sms;

/// <summary>One recipient of a send request, with the repeatability pair that makes a retry idempotent.</summary>
/// <param name="To">E.164 number.</param>
/// <param name="RepeatabilityRequestId">Same value on every retry of the same message to the same number.</param>
/// <param name="RepeatabilityFirstSent">When the first attempt was made; same value on every retry.</param>
public sealed record AcsSmsRecipient(string To, Guid RepeatabilityRequestId, DateTimeOffset RepeatabilityFirstSent);

/// <summary>The service's verdict for one recipient inside a 202 response.</summary>
/// <param name="HttpStatusCode">The per-recipient status: 202 when accepted, 400 for an invalid number, 429/5xx when retryable.</param>
/// <param name="RepeatabilityResult">"accepted" or "rejected" when the service applied repeatability, else null.</param>
public sealed record AcsSmsSendResult(
    string To,
    string? MessageId,
    int HttpStatusCode,
    string? RepeatabilityResult,
    bool Successful,
    string? ErrorMessage);
