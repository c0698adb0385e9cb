using Hotline.Service.Orchestration;
using Hotline.Service.Running;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>The orchestration's activities: the one commit, and sending what the commit put in the outbox.</summary>
public sealed class CaseActivities(CaseCommitter committer, OutboxDispatcher dispatcher)
{
    [Function(nameof(CommitCase))]
    public async Task<string> CommitCase([ActivityTrigger] string request, CancellationToken cancellationToken) =>
        OrchestrationJson.Write(await committer.CommitAsync(OrchestrationJson.Read<CommitRequest>(request), cancellationToken));

    /// <summary>Sends everything due (this case's new messages among them); claims and leases keep parallel senders apart.</summary>
    [Function(nameof(SendOutbox))]
    public Task<int> SendOutbox([ActivityTrigger] string caseId, CancellationToken cancellationToken) =>
        dispatcher.DispatchDueAsync(cancellationToken);
}
