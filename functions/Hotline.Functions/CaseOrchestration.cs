using Hotline.Service.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Hotline.Functions;

/// <summary>
/// Binds the case orchestrator and its activities to Durable Functions. The classes are the same ones every other host
/// registers with its Durable Task worker (<see cref="OrchestrationServiceExtensions.AddCaseOrchestration"/>), under the
/// same names; nothing is decided here.
/// </summary>
public sealed class CaseOrchestration(CaseOrchestrator orchestrator, CommitCase commit, SendOutbox send)
{
    [Function(nameof(CaseOrchestrator))]
    public Task<CaseOrchestrationResult> Run([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return orchestrator.RunAsync(context, context.GetInput<string>() ?? throw new InvalidOperationException("A case orchestration needs its input."));
    }

    [Function(nameof(CommitCase))]
    public Task<string> CommitCase([ActivityTrigger] string request, CancellationToken cancellationToken) =>
        commit.RunAsync(request, cancellationToken);

    [Function(nameof(SendOutbox))]
    public Task<int> SendOutbox([ActivityTrigger] string caseId, CancellationToken cancellationToken) =>
        send.RunAsync(cancellationToken);
}
