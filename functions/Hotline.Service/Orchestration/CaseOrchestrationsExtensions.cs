using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

public static class CaseOrchestrationsExtensions
{
    /// <summary>
    /// Starts the case's orchestration from its stored projection unless one is active or the case is finished.
    /// Returns true when it started one. Used after intake, before raising a signal, and by the reconciler to
    /// repair a case whose orchestration failed, was terminated, or was never started (a crash right after intake).
    /// </summary>
    /// <remarks>Two callers racing both schedule; Durable ignores a start for an instance that is already pending or running.</remarks>
    public static async Task<bool> EnsureRunningAsync(this ICaseOrchestrations orchestrations, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orchestrations);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.State.IsTerminal || await orchestrations.GetAsync(stored.State.Id, cancellationToken) is { IsActive: true })
        {
            return false;
        }

        await orchestrations.StartAsync(new CaseOrchestrationInput(CaseSnapshot.Of(stored)), cancellationToken);
        return true;
    }

    /// <summary>
    /// Hands a signal to the case's orchestration, starting it when needed. A finished case's orchestration has ended; the
    /// few triggers a closed case still takes (12319's revisit after closure, R-RV-2) start a short run that applies the
    /// signal, commits and ends.
    /// </summary>
    public static async Task DeliverAsync(this ICaseOrchestrations orchestrations, StoredCase stored, CaseSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orchestrations);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.State.IsTerminal && await orchestrations.GetAsync(stored.State.Id, cancellationToken) is not { IsActive: true })
        {
            await orchestrations.StartAsync(new CaseOrchestrationInput(CaseSnapshot.Of(stored), Pending: [signal]), cancellationToken);
            return;
        }

        await orchestrations.EnsureRunningAsync(stored, cancellationToken);
        await orchestrations.SignalAsync(stored.State.Id, signal, cancellationToken);
    }

    /// <summary>
    /// Starts the orchestration of a case just created, with the outbox its first commit wrote, so the first generation
    /// sends it without looking it up. Starting twice is harmless (one orchestration per case).
    /// </summary>
    public static Task StartNewAsync(this ICaseOrchestrations orchestrations, StoredCase created, IEnumerable<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orchestrations);
        ArgumentNullException.ThrowIfNull(created);
        return created.State.IsTerminal
            ? Task.CompletedTask
            : orchestrations.StartAsync(
                new CaseOrchestrationInput(CaseSnapshot.Of(created), Outbox: [.. outbox.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Sequence).Select(OutboxItem.Of)]),
                cancellationToken);
    }
}
