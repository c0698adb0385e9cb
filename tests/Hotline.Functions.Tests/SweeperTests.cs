using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Service.Storage;
using Hotline.Testing.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions.Tests;

/// <summary>The one-minute timer function: the safety net for a case whose orchestration is gone while a deadline passes.</summary>
public sealed class SweeperTests
{
    [Fact]
    public async Task OrchestrationTerminated_DeadlinePassed_SweepRestartsIt_AndTheDeadlineIsActedOn()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        await host.Orchestrations.TerminateAsync(id, "lost (test)", CancellationToken.None);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await host.WaitForCompletionAsync(id)).RuntimeStatus);
        var overdue = await host.MoveDeadlinesAsync(await host.CaseAsync(id), TimeSpan.FromMinutes(-10));

        var sweeper = new Sweeper(host.Services.GetRequiredService<CaseReconciler>(), host.Services.GetRequiredService<Hotline.Service.Reports.ReportSweep>());
        await sweeper.Sweep(new TimerInfo(), host.Client, CancellationToken.None);

        var ticked = await host.WaitForCaseAsync(id, c => c.State.Version > overdue.State.Version);
        Assert.True(ticked.State.NextWakeUtc > overdue.State.NextWakeUtc);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id)))!.RuntimeStatus);
    }
}
