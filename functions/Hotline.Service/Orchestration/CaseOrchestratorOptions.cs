using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

/// <summary>
/// How the case orchestration paces itself. Fixed for the life of the process: the orchestrator reads it, so changing
/// it between a run and its replay would break determinism; change it only with a deployment.
/// </summary>
public sealed record CaseOrchestratorOptions
{
    /// <summary>Loop turns per generation before continuing as new; keeps the replayed history short.</summary>
    public int StepsPerGeneration { get; init; } = 50;

    /// <summary>How often a trigger is decided again after the case changed underneath before the orchestration gives up.</summary>
    public int MaxCommitAttempts { get; init; } = 8;

    /// <summary>The least time between two clock ticks, should the machine ever leave a deadline in the past.</summary>
    public TimeSpan MinimumRecheck { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Retries of a failed activity (a storage or SMS provider outage). The default backs off from 5 s to 10 min over
    /// about an hour before the orchestration fails; the reconciler then restarts it from the stored projection.
    /// </summary>
    public RetryPolicy ActivityRetry { get; init; } = new(
        maxNumberOfAttempts: 12, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(10));
}
