using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Service.Orchestration;

public static class OrchestrationServiceExtensions
{
    /// <summary>
    /// The Azure engine's services on top of <see cref="HotlineServiceExtensions.AddHotlineCore"/>: the case loop the
    /// orchestrator runs, the commit activity and the reconciler. The host supplies the Durable adapters.
    /// </summary>
    public static IServiceCollection AddHotlineOrchestration(this IServiceCollection services)
    {
        services.TryAddSingleton(new CaseLoopOptions());
        services.TryAddSingleton(new CaseReconcilerOptions());
        services.AddSingleton(sp => new CaseLoop(sp.GetRequiredService<Running.ProfileRegistry>(), sp.GetRequiredService<CaseLoopOptions>()));
        services.AddSingleton<CaseCommitter>();
        services.AddSingleton<CaseReconciler>();
        return services;
    }
}
