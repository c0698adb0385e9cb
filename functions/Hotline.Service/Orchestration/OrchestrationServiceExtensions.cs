using Hotline.Service.Cases;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Service.Orchestration;

public static class OrchestrationServiceExtensions
{
    /// <summary>The case orchestration's activities; each is registered under its class name, which the orchestrator calls.</summary>
    public static IReadOnlyList<Type> ActivityTypes { get; } = [typeof(CommitCase), typeof(SendSms), typeof(OpenLinkedCase), typeof(PendingOutbox)];

    /// <summary>
    /// The case orchestration's services on top of <see cref="HotlineServiceExtensions.AddHotlineCore"/>: the orchestrator,
    /// its activities, the committer, the SMS sender and the reconciler. The host supplies the Durable engine, and
    /// <see cref="ICaseOrchestrations"/> (a host that keeps the Durable client in its container registers it with
    /// <see cref="AddCaseOrchestrationClients"/>; the Functions app binds it per invocation).
    /// </summary>
    public static IServiceCollection AddHotlineOrchestration(this IServiceCollection services)
    {
        services.TryAddSingleton(new CaseOrchestratorOptions());
        services.TryAddSingleton(new CaseReconcilerOptions());
        services.AddSingleton<CaseCommitter>();
        services.AddSingleton<CaseReconciler>();
        services.AddSingleton<CaseOrchestrator>();
        services.AddSingleton<SmsSender>();
        foreach (var activity in ActivityTypes)
        {
            services.AddTransient(activity);
        }


        return services;
    }

    /// <summary>
    /// The services that raise triggers to case orchestrations (<see cref="ICaseDriver"/>, inbound SMS, delivery reports,
    /// the manual clock), for a host whose container holds <see cref="ICaseOrchestrations"/>.
    /// </summary>
    public static IServiceCollection AddCaseOrchestrationClients(this IServiceCollection services)
    {
        services.AddSingleton<ICaseDriver, OrchestratedCaseDriver>();
        services.AddSingleton<Sms.DeliveryFeedback>();
        services.AddSingleton<Sms.InboundSmsService>();
        services.AddSingleton<ManualClockDriver>();
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
        registry.AddOrchestrator(nameof(CaseOrchestrator), orchestrator);
        foreach (var activity in ActivityTypes)
        {
            registry.AddActivity(new TaskName(activity.Name), activity);
        }

        return registry;
    }
}
