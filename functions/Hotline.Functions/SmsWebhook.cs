using Hotline.Azure.Sms;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions;

/// <summary>
/// ACS events through an Event Grid WebHook subscription (the Event Grid trigger extension is not used): the
/// validation handshake, SMS replies and delivery reports, exactly as the local host's webhook handles them. The host
/// checks the function key (<c>?code=</c>, obtained by infra/modules/eventgrid.bicep); a reply that could not be sent
/// answers 503 with Retry-After so that Event Grid redelivers, and the redelivery is deduplicated by message id.
/// </summary>
public sealed class SmsWebhook(IServiceProvider services)
{
    [Function(nameof(SmsInbound))]
    public Task<IActionResult> SmsInbound(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sms/inbound")] HttpRequest request, [DurableClient] DurableTaskClient client)
    {
        var invocation = new InvocationServices(services, client);
        return HttpResultAdapter.RunAsync(request, c => SmsWebhookHandler.ProcessAsync(c, invocation.Inbound, invocation.Feedback));
    }
}
