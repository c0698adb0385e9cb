using Hotline.Azure.Sms;
using Hotline.Service.Sms;

namespace Hotline.Local.Simulator;

/// <summary>
/// The real ACS gateway, pointed at this host's own simulator once the host listens. Nothing is faked: the
/// request is HMAC-signed by the production client and verified by the simulator as ACS would.
/// </summary>
/// <remarks>Request signing always uses real time: the signature's date is checked against the server's clock, not the
/// business clock (which the manual clock mode may hold at any instant).</remarks>
public sealed class SimulatorGateway(SelfAddress self, HotlineOptions options) : ISmsGateway
{
    private readonly Lazy<AcsSmsGateway> _gateway = new(() => new AcsSmsGateway(
        $"endpoint={new Uri(self.BaseUri, "sim/acs/")};accesskey={Convert.ToBase64String(SmsSimulator.Key)}",
        options.Sms.From,
        new AcsSmsClientOptions { TimeProvider = TimeProvider.System }));

    public Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken) => _gateway.Value.SendAsync(sms, cancellationToken);
}
