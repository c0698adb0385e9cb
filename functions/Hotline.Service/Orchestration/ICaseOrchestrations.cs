using Hotline.Domain.Cases;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The case orchestrations as the outside sees them (HTTP handlers, the reconciler, admin endpoints). In Azure it wraps
/// the Durable client, which Functions hands to each invocation rather than to the container; hence passed, not injected.
/// </summary>
public interface ICaseOrchestrations
{
    /// <summary>The case's orchestration instance, or null when there is none (never started, or purged).</summary>
    Task<CaseInstance?> GetAsync(CaseId id, CancellationToken cancellationToken);

    /// <summary>Most recently created first; <paramref name="activeOnly"/> limits to pending, running and suspended ones.</summary>
    Task<IReadOnlyList<CaseInstance>> ListAsync(bool activeOnly, int max, CancellationToken cancellationToken);

    Task StartAsync(CaseOrchestrationInput input, CancellationToken cancellationToken);

    /// <summary>Raises <see cref="CaseOrchestrator.SignalEvent"/>; Durable buffers it until the loop waits for it.</summary>
    Task SignalAsync(CaseId id, CaseSignal signal, CancellationToken cancellationToken);

    Task TerminateAsync(CaseId id, string reason, CancellationToken cancellationToken);

    /// <summary>Deletes a finished instance's history; returns false when there was nothing finished to purge.</summary>
    Task<bool> PurgeAsync(CaseId id, CancellationToken cancellationToken);
}

/// <param name="RuntimeStatus">Durable's status: Pending, Running, Suspended, Completed, Failed, Terminated…</param>
/// <param name="IsActive">Pending, running or suspended: it will (or, once resumed, will) receive signals.</param>
/// <param name="CustomStatus">The last <see cref="CaseOrchestrationStatus"/> as JSON.</param>
public sealed record CaseInstance(string InstanceId, string RuntimeStatus, bool IsActive, DateTimeOffset CreatedUtc, DateTimeOffset LastUpdatedUtc, string? CustomStatus);
