using Hotline.Service.Running;
using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

/// <summary>The commit activity: the orchestrator's decision becomes one guarded commit (<see cref="CaseCommitter"/>).</summary>
public sealed class CommitCase(CaseCommitter committer) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, for hosts that bind activities themselves (the Functions app).</summary>
    public async Task<string> RunAsync(string input, CancellationToken cancellationToken) =>
        OrchestrationJson.Write(await committer.CommitAsync(OrchestrationJson.Read<CommitRequest>(input), cancellationToken));
}

/// <summary>
/// Sends what commits put in the outbox, this case's new messages among them; claims and leases keep parallel senders
/// apart, and the outbox id is the provider's repeatability key, so a retried activity never texts twice. Returns how
/// many messages were handled.
/// </summary>
public sealed class SendOutbox(OutboxDispatcher dispatcher) : TaskActivity<string, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, string input) => RunAsync(CancellationToken.None);

    public Task<int> RunAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
