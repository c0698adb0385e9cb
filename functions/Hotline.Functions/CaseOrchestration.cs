using Hotline.Service.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions;

/// <summary>
/// Binds the case orchestrator and its activities to Durable Functions. The classes are the same ones every other host
/// registers with its Durable Task worker (<see cref="OrchestrationServiceExtensions.AddCaseOrchestration"/>), under the
/// same names; nothing is decided here.
/// </summary>
public sealed class CaseOrchestration(IServiceProvider services, CaseOrchestrator orchestrator, CommitCase commit, SendSms send, PendingOutbox pending)
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

    [Function(nameof(SendSms))]
    public Task<string> SendSms([ActivityTrigger] string item, CancellationToken cancellationToken) =>
        send.RunAsync(item, cancellationToken);

    [Function(nameof(PendingOutbox))]
    public Task<string> PendingOutbox([ActivityTrigger] string caseId, CancellationToken cancellationToken) =>
        pending.RunAsync(caseId, cancellationToken);

    /// <summary>Starting the linked case's orchestration needs the Durable client, which Functions binds per invocation.</summary>
    [Function(nameof(OpenLinkedCase))]
    public Task<string> OpenLinkedCase([ActivityTrigger] string item, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<OpenLinkedCase>(services, (ICaseOrchestrations)new DurableCaseOrchestrations(client)).RunAsync(item, cancellationToken);
}
