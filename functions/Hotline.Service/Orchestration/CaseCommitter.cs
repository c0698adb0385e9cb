using System.Collections.Immutable;
using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The commit activity: turns the orchestrator's decision into one <see cref="ICaseStore.CommitAsync"/> (projection, ledger
/// and outbox in one entity-group transaction), composed by the same <see cref="OutboxComposer"/> as the intake, and
/// answers with the outbox rows the orchestration is to carry out.
/// </summary>
/// <remarks>
/// Activities run at least once. When the commit meets a changed ETag the activity looks at the current projection:
/// if it is exactly the state this request wanted, an earlier attempt of this activity committed it (it died before
/// answering) and that counts as committed; otherwise someone else wrote the case and the orchestrator decides again.
/// </remarks>
public sealed class CaseCommitter(ICaseStore store, OutboxComposer composer, ProfileRegistry profiles)
{
    public async Task<CommitOutcome> CommitAsync(CommitRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var before = new StoredCase(request.Before.State, request.Before.ETag);
        var decision = new Decision.Accepted(request.State, request.Commands, request.State.NextWakeUtc);
        var commit = await composer.ComposeAsync(before, decision, profiles.Get(request.State.ProfileId), request.AtUtc, cancellationToken);
        var outbox = commit.Outbox.Where(m => m.Status == OutboxStatus.Pending).Select(OutboxItem.Of).ToImmutableArray();
        try
        {
            return new CommitOutcome(true, CaseSnapshot.Of(await store.CommitAsync(commit, cancellationToken)), outbox);
        }
        catch (ConcurrencyException)
        {
            var current = await store.GetAsync(request.State.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Case {request.State.Id} disappeared while its orchestration was running.");
            var committedBefore = Same(current.State, request.State);
            return new CommitOutcome(committedBefore, CaseSnapshot.Of(current), committedBefore ? outbox : []);
        }
    }

    /// <summary>Compared as JSON: the state holds immutable arrays, whose equality is by reference.</summary>
    private static bool Same(CaseState a, CaseState b) =>
        a.Version == b.Version && JsonSerializer.Serialize(a, OrchestrationJson.Options) == JsonSerializer.Serialize(b, OrchestrationJson.Options);
}
