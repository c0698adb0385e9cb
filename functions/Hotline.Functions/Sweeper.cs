using Hotline.Service.Orchestration;
using Hotline.Service.Reports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions;

/// <summary>
/// Every minute, the reconciler: a case whose deadline passed well ago without its orchestration acting is started
/// (and then sends what its outbox still holds) or handed the current projection; then the reporting round (<see cref="ReportSweep"/>: the closed periods' reports stored, the R-RP-1 and R-RP-9 reminders).
/// </summary>
public sealed class Sweeper(CaseReconciler reconciler, ReportSweep reports)
{
    [Function(nameof(Sweep))]
    public async Task Sweep([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        await reconciler.RunAsync(new DurableCaseOrchestrations(client), cancellationToken);
        await reports.RunAsync(cancellationToken);
    }
}
