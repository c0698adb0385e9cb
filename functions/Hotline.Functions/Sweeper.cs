using Hotline.Service.Orchestration;
using Hotline.Service.Running;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions;

/// <summary>
/// Every minute: retries outbox messages whose backoff has passed (and sends those written outside an orchestration,
/// such as SMS replies' effects), then lets the reconciler repair cases whose wake-up was missed.
/// </summary>
public sealed class Sweeper(OutboxDispatcher dispatcher, CaseReconciler reconciler)
{
    [Function(nameof(Sweep))]
    public async Task Sweep([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        await dispatcher.DispatchDueAsync(cancellationToken);
        await reconciler.RunAsync(new DurableCaseOrchestrations(client), cancellationToken);
    }
}
