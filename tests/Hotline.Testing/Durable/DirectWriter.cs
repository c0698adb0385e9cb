using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Storage;

namespace Hotline.Testing.Durable;

/// <summary>
/// "Someone else" writing a case behind its orchestration's back: decides a trigger on the stored projection and commits it
/// straight to the store, as a second writer would. Tests use it to prove the orchestration never applies a trigger to a
/// stale state.
/// </summary>
public sealed class DirectWriter(ICaseStore store, OutboxComposer composer, ProfileRegistry profiles)
{
    public async Task<StoredCase> ApplyAsync(CaseId id, CaseTrigger trigger)
    {
        var stored = await store.GetAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No case {id}.");
        var profile = profiles.Get(stored.State.ProfileId);
        var accepted = CaseMachine.Decide(stored.State, trigger, profile) as Decision.Accepted
            ?? throw new InvalidOperationException($"{trigger} was rejected.");
        return await store.CommitAsync(await composer.ComposeAsync(stored, accepted, profile, trigger.AtUtc, CancellationToken.None), CancellationToken.None);
    }
}
