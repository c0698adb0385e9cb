using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Running;

/// <summary>
/// The local durable runner's one move: read the case, let <see cref="CaseMachine"/> decide, commit state +
/// ledger + outbox in one transaction guarded by the ETag. A concurrent writer makes the commit fail; the trigger
/// is then decided again on the fresh state, so no trigger is applied twice and none is applied to a stale state.
/// </summary>
public sealed partial class CaseRunner(ICaseStore store, OutboxComposer composer, ProfileRegistry profiles, ILogger<CaseRunner> logger) : ICaseDriver
{
    private const int MaxAttempts = 8;

    /// <summary>Creates a case from an intake (fails with <see cref="ConcurrencyException"/> if the id exists).</summary>
    public async Task<RunResult> CreateAsync(Intake intake, Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(profile);
        var decision = CaseMachine.Decide(null, intake, profile);
        if (decision is Decision.Rejected rejected)
        {
            return new RunResult.Rejected(rejected.Rule, rejected.Reason);
        }

        var accepted = (Decision.Accepted)decision;
        var commit = await composer.ComposeAsync(null, accepted, profile, intake.AtUtc, cancellationToken);
        var stored = await store.CommitAsync(commit, cancellationToken);
        LogApplied(logger, intake.CaseId.Value, nameof(Intake), stored.State.Status);
        return new RunResult.Applied(stored.State, accepted.Commands);
    }

    /// <summary>Applies the trigger built from the current state; retried on a concurrent change.</summary>
    public async Task<RunResult> ApplyAsync(CaseId id, Func<CaseState, CaseTrigger> makeTrigger, CancellationToken cancellationToken, StoredCase? current = null)
    {
        ArgumentNullException.ThrowIfNull(makeTrigger);
        for (var attempt = 1; ; attempt++)
        {
            var stored = attempt == 1 && current is not null ? current : await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return new RunResult.NotFound(id);
            }

            var profile = profiles.Get(stored.State.ProfileId);
            var trigger = makeTrigger(stored.State);
            var decision = CaseMachine.Decide(stored.State, trigger, profile);
            if (decision is Decision.Rejected rejected)
            {
                return new RunResult.Rejected(rejected.Rule, rejected.Reason);
            }

            var accepted = (Decision.Accepted)decision;
            if (ReferenceEquals(accepted.State, stored.State))
            {
                return new RunResult.Applied(stored.State, []);
            }

            try
            {
                var commit = await composer.ComposeAsync(stored, accepted, profile, trigger.AtUtc, cancellationToken);
                var saved = await store.CommitAsync(commit, cancellationToken);
                LogApplied(logger, id.Value, trigger.GetType().Name, saved.State.Status);
                return new RunResult.Applied(saved.State, accepted.Commands);
            }
            catch (ConcurrencyException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, id.Value, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Trigger} applied, now {Status}")]
    private static partial void LogApplied(ILogger logger, string caseId, string trigger, CaseStatus status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId}: changed concurrently, deciding again (attempt {Attempt})")]
    private static partial void LogConflict(ILogger logger, string caseId, int attempt);
}

public abstract record RunResult
{
    private RunResult()
    {
    }

    public sealed record Applied(CaseState State, System.Collections.Immutable.ImmutableArray<CaseCommand> Commands) : RunResult;

    public sealed record Rejected(string Rule, string Reason) : RunResult;

    public sealed record NotFound(CaseId Id) : RunResult;

    /// <summary>Accepted on the stored projection and handed to the case's orchestration, which applies it shortly.</summary>
    public sealed record Queued(CaseState Expected, System.Collections.Immutable.ImmutableArray<CaseCommand> Commands) : RunResult;
}
