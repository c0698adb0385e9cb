namespace Hotline.Service.Sms;

/// <summary>One text message waiting in the outbox.</summary>
/// <param name="OutboxId">Stable id of the outbox row; the idempotency key of every attempt to send it.</param>
/// <param name="To">Recipient in E.164 form, e.g. <c>+8613812345678</c>.</param>
/// <param name="Text">Message body as the recipient will read it.</param>
/// <param name="FirstAttemptUtc">When the first attempt was made; repeated unchanged on every retry.</param>
public sealed record OutgoingSms(string OutboxId, string To, string Text, DateTimeOffset FirstAttemptUtc);
