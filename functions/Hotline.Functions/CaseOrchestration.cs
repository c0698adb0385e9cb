using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Hotline.Functions;

/// <summary>One orchestration per case: the tested <see cref="CaseLoop"/> over the Durable context. No logic lives here.</summary>
public sealed class CaseOrchestration(CaseLoop loop)
{
    [Function(nameof(CaseOrchestration))]
    public Task<CaseLoopResult> Run([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return loop.RunAsync(new DurablePort(context), OrchestrationJson.Read<CaseOrchestrationInput>(context.GetInput<string>()));
    }

    /// <summary>
    /// Adapts <see cref="TaskOrchestrationContext"/> to the loop's port. Payloads cross Durable as JSON strings written with
    /// <see cref="OrchestrationJson"/>, so Durable's data converter never needs to know the domain types.
    /// </summary>
    private sealed class DurablePort(TaskOrchestrationContext context) : ICaseLoopPort
    {
        // Storage outages are retried with backoff for about an hour before the orchestration fails (the reconciler restarts it).
        private static readonly TaskOptions Retried = TaskOptions.FromRetryPolicy(
            new RetryPolicy(maxNumberOfAttempts: 12, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(10)));

        public DateTimeOffset UtcNow => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

        public async Task<CaseSignal> WaitForSignalAsync(CancellationToken cancellationToken) =>
            OrchestrationJson.Read<CaseSignal>(await context.WaitForExternalEvent<string>(CaseLoop.SignalEvent, cancellationToken));

        public Task CreateTimer(DateTimeOffset dueUtc, CancellationToken cancellationToken) =>
            context.CreateTimer(dueUtc.UtcDateTime, cancellationToken);

        public async Task<CommitOutcome> CommitAsync(CommitRequest request) =>
            OrchestrationJson.Read<CommitOutcome>(await context.CallActivityAsync<string>(nameof(CaseActivities.CommitCase), OrchestrationJson.Write(request), Retried));

        public Task SendOutboxAsync(CaseId caseId) =>
            context.CallActivityAsync(nameof(CaseActivities.SendOutbox), caseId.Value, Retried);

        public void SetStatus(CaseLoopStatus status) => context.SetCustomStatus(status);

        public void ContinueAsNew(CaseOrchestrationInput input) =>
            context.ContinueAsNew(OrchestrationJson.Write(input), preserveUnprocessedEvents: true);
    }
}
