using System.Collections.Immutable;
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
/// Activities run at least once. A retry of a commit that landed is recognised by the store itself (it finds exactly this
/// state written and answers with it). Any other changed ETag means someone else wrote the case: the activity answers
/// with the current projection and the orchestrator decides again.
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
            return new CommitOutcome(false, CaseSnapshot.Of(current));
        }
    }
}
