namespace Hotline.Service.Sms;

/// <summary>Sends one text message to one phone through whatever SMS provider the host wires in.</summary>
/// <remarks>
/// The outbox dispatcher calls this at least once per outbox row. Implementations must make a retry of the
/// same <see cref="OutgoingSms.OutboxId"/> safe (the provider must not deliver it twice) and must classify
/// failures so the dispatcher knows whether retrying can help.
/// </remarks>
public interface ISmsGateway
{
    Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken);
}
