using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Running;

/// <summary>
/// How a trigger reaches a case. Locally the <see cref="CaseRunner"/> decides and commits at once; in Azure the case's
/// Durable orchestration is the single writer, so the driver there checks the trigger against the stored projection
/// (to answer now with the rule that forbids it) and raises it to the orchestration, answering
/// <see cref="RunResult.Queued"/>.
/// </summary>
public interface ICaseDriver
{
    /// <param name="current">The case as the caller just read it, used for the first attempt instead of reading it again.</param>
    Task<RunResult> ApplyAsync(CaseId id, Func<CaseState, CaseTrigger> makeTrigger, CancellationToken cancellationToken, StoredCase? current = null);
}
