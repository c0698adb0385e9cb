using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Cases;

/// <summary>
/// How a trigger reaches a case. Each case's Durable orchestration is the single writer of its case, so the driver
/// checks the trigger against the stored projection (to answer now with the rule that forbids it) and raises it to the
/// orchestration, answering <see cref="RunResult.Queued"/> (<see cref="Orchestration.OrchestratedCaseDriver"/>).
/// </summary>
public interface ICaseDriver
{
    /// <param name="current">The case as the caller just read it, used instead of reading it again.</param>
    Task<RunResult> ApplyAsync(CaseId id, Func<CaseState, CaseTrigger> makeTrigger, CancellationToken cancellationToken, StoredCase? current = null);
}

public abstract record RunResult
{
    private RunResult()
    {
    }

    /// <summary>Committed (an intake), or nothing to change.</summary>
    public sealed record Applied(CaseState State, System.Collections.Immutable.ImmutableArray<CaseCommand> Commands) : RunResult;

    public sealed record Rejected(string Rule, string Reason) : RunResult;

    public sealed record NotFound(CaseId Id) : RunResult;

    /// <summary>Accepted on the stored projection and handed to the case's orchestration, which applies it shortly.</summary>
    public sealed record Queued(CaseState Expected, System.Collections.Immutable.ImmutableArray<CaseCommand> Commands) : RunResult;
}
