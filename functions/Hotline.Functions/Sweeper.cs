using Hotline.Service.Orchestration;
using Hotline.Service.Running;
using Microsoft.Azure.Functions.Worker;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions;

/// <summary>
/// Every minute: retries outbox messages whose backoff has passed (and sends those written outside an orchestration,
/// such as SMS replies' effects), then lets the reconciler repair cases whose wake-up was missed.
/// </summary>
public sealed class Sweeper(IServiceProvider services, CaseReconciler reconciler)
{
    [Function(nameof(Sweep))]
    public async Task Sweep([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        // A permanent delivery failure becomes a trigger raised to the case's orchestration (the single writer).
        var orchestrations = new DurableCaseOrchestrations(client);
        var driver = new OrchestratedCaseDriver(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<ProfileRegistry>(), orchestrations);
        var feedback = ActivatorUtilities.CreateInstance<DeliveryFeedback>(services, driver);
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services, (IDeliveryFailureHandler)feedback);
        await dispatcher.DispatchDueAsync(cancellationToken);
        await reconciler.RunAsync(orchestrations, cancellationToken);
    }
}
