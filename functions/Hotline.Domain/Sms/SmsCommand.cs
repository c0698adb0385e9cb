namespace Hotline.Domain.Sms;

/// <summary>A well-formed reply from staff. The reference is still unresolved (see <see cref="SmsReferenceResolver"/>).</summary>
/// <param name="Verb">What the sender says.</param>
/// <param name="Reference">The case written in the message, or null when the sender left it out.</param>
/// <param name="Text">The note, reason or instruction; null when none was written.</param>
/// <param name="SlipNumber">The service-slip number of a <see cref="SmsVerb.Done"/> (单号), when written.</param>
/// <param name="HandOverTo">Of a <see cref="SmsVerb.HandOver"/>: the department or person named, still unresolved; null = the sender's own supervisor.</param>
/// <param name="HandOverMethod">Of a <see cref="SmsVerb.HandOver"/>: how the request was passed on (R-FQ-1).</param>
public sealed record SmsCommand(
    SmsVerb Verb, SmsReference? Reference, string? Text, string? SlipNumber, string? HandOverTo = null, Cases.HandOverMethod? HandOverMethod = null);
