using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;
using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

// The case orchestration's activities. Each has a RunAsync(input, cancellationToken) for hosts that bind activities
// themselves (the Functions app); other hosts register the TaskActivity with their Durable Task worker.

/// <summary>The commit activity: the orchestrator's decision becomes one guarded commit (<see cref="CaseCommitter"/>).</summary>
public sealed class CommitCase(CaseCommitter committer) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    public async Task<string> RunAsync(string input, CancellationToken cancellationToken) =>
        OrchestrationJson.Write(await committer.CommitAsync(OrchestrationJson.Read<CommitRequest>(input), cancellationToken));
}

/// <summary>Sends one SMS of the case's outbox (<see cref="SmsSender"/>); never texts twice for the same outbox row.</summary>
public sealed class SendSms(SmsSender sender) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    public async Task<string> RunAsync(string input, CancellationToken cancellationToken) =>
        OrchestrationJson.Write(await sender.SendAsync(OrchestrationJson.Read<OutboxItem>(input), cancellationToken));
}

/// <summary>
/// Opens the case a leader's instruction becomes (R-EM-5) and starts its orchestration, once: the outbox id is the
/// intake's idempotency key. Returns the new case's id.
/// </summary>
public sealed class OpenLinkedCase(LinkedCaseOpener opener, ICaseStore store, ICaseOrchestrations orchestrations) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    public async Task<string> RunAsync(string input, CancellationToken cancellationToken)
    {
        var item = OrchestrationJson.Read<OutboxItem>(input);
        var row = (await store.OutboxAsync(CaseId.Parse(item.CaseId), cancellationToken)).First(m => m.Sequence == item.Sequence);
        var opened = await opener.OpenAsync(row, System.Text.Json.JsonSerializer.Deserialize<Domain.Cases.OpenLinkedCase>(row.Payload!, HotlineJson.Options)!, cancellationToken);
        if (await store.GetAsync(opened, cancellationToken) is { } created)
        {
            await orchestrations.EnsureRunningAsync(created, cancellationToken);
        }

        if (row.Status == OutboxStatus.Pending)
        {
            await store.UpdateOutboxAsync(row with { Status = OutboxStatus.Sent, Attempts = row.Attempts + 1, ProviderMessageId = opened.Value }, cancellationToken);
        }

        return opened.Value;
    }
}

/// <summary>
/// The case's outbox rows still pending: what the intake committed before the orchestration existed, or what a
/// failed generation left behind. A new orchestration carries them out first.
/// </summary>
public sealed class PendingOutbox(ICaseStore store) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    public async Task<string> RunAsync(string caseId, CancellationToken cancellationToken) =>
        OrchestrationJson.Write((await store.OutboxAsync(CaseId.Parse(caseId), cancellationToken))
            .Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Sequence).Select(OutboxItem.Of).ToList());
}
