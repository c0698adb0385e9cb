using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Service.Orchestration;

public static class OrchestrationServiceExtensions
{
    /// <summary>
    /// The case orchestration's services on top of <see cref="HotlineServiceExtensions.AddHotlineCore"/>: the orchestrator,
    /// its activities, the committer and the reconciler. The host supplies the Durable engine.
    /// </summary>
    public static IServiceCollection AddHotlineOrchestration(this IServiceCollection services)
    {
        services.TryAddSingleton(new CaseOrchestratorOptions());
        services.TryAddSingleton(new CaseReconcilerOptions());
        services.AddSingleton<CaseCommitter>();
        services.AddSingleton<CaseReconciler>();
        services.AddSingleton<CaseOrchestrator>();
        services.AddTransient<CommitCase>();
        services.AddTransient<SendOutbox>();
        return services;
    }

    /// <summary>
    /// Registers the case orchestrator and its activities with a Durable Task worker, under the names the orchestrator
    /// calls. Activities come from the worker's container; the orchestrator is one instance, because the SDK gives
    /// orchestrators no container (they must not do I/O) and this one keeps no state between runs.
    /// </summary>
    public static DurableTaskRegistry AddCaseOrchestration(this DurableTaskRegistry registry, CaseOrchestrator orchestrator)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(orchestrator);
        return registry.AddOrchestrator(nameof(CaseOrchestrator), orchestrator).AddActivity<CommitCase>().AddActivity<SendOutbox>();
    }
}
