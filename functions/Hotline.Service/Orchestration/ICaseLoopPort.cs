using Hotline.Domain.Cases;

namespace Hotline.Service.Orchestration;

/// <summary>
/// Everything the case loop may do outside its own memory. In Azure it is a thin adapter over the Durable
/// <c>TaskOrchestrationContext</c>; in tests a scripted history. Nothing else is allowed: no clock, no Guid, no I/O,
/// because an orchestrator is replayed from its history and must issue the same calls every time.
/// </summary>
public interface ICaseLoopPort
{
    /// <summary>The orchestration's deterministic notion of now (the time of the current history batch).</summary>
    DateTimeOffset UtcNow { get; }

    /// <summary>The next signal; one that arrived while the loop was busy is buffered and returned at once.</summary>
    Task<CaseSignal> WaitForSignalAsync(CancellationToken cancellationToken);

    /// <summary>A durable timer. Cancelling it before it fires removes it.</summary>
    Task CreateTimer(DateTimeOffset dueUtc, CancellationToken cancellationToken);

    /// <summary>The commit activity: projection, ledger and outbox in one transaction (retried by the adapter).</summary>
    Task<CommitOutcome> CommitAsync(CommitRequest request);

    /// <summary>The outbox activity: sends what is due now, so notices go out without waiting for the sweeper.</summary>
    Task SendOutboxAsync(CaseId caseId);

    void SetStatus(CaseLoopStatus status);

    /// <summary>Restarts the orchestration with a fresh history; events not yet received are kept for the next generation.</summary>
    void ContinueAsNew(CaseOrchestrationInput input);
}
