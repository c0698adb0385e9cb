using Hotline.Service.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

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
        var invocation = new InvocationServices(services, client);
        await invocation.Dispatcher.DispatchDueAsync(cancellationToken);
        await reconciler.RunAsync(invocation.Orchestrations, cancellationToken);
    }
}
