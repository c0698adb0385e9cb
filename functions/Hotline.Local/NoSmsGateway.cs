using Hotline.Service.Sms;

namespace Hotline.Local;

/// <summary>
/// The gateway of a host given neither an ACS connection string nor the simulator: every send fails permanently with a
/// reason that says what to configure, so the outbox and the case show why no text went out (rather than a silent loss).
/// </summary>
public sealed class NoSmsGateway : ISmsGateway
{
    public const string Reason = "No SMS provider configured: set Hotline:Sms:ConnectionString (Azure Communication Services) or Hotline:Sms:Simulator=true.";

    public Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken) =>
        Task.FromResult<SmsSendOutcome>(new SmsSendOutcome.PermanentFailure(Reason));
}
