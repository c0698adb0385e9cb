namespace Hotline.Domain.Sms;

/// <summary>A message that was not understood, with the reply that tells the sender how to say it.</summary>
/// <param name="Error">The kind of mistake (stable, for logs and tests).</param>
/// <param name="Reason">What was wrong, in Chinese, for the ledger.</param>
/// <param name="HelpReply">The SMS to send back: the reason and the correct form, with the English keyword in brackets.</param>
public sealed record SmsParseFailure(SmsParseError Error, string Reason, string HelpReply);
