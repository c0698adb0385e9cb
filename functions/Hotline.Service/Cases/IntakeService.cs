using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Storage;

namespace Hotline.Service.Cases;

/// <summary>What the hotline recorded at intake, already validated field by field (R-IN-1).</summary>
public sealed record IntakeRequest(
    Profile Profile,
    Caller Caller,
    Channel Channel,
    string Category,
    Urgency Urgency,
    string Summary,
    string? Details,
    IntakeDecision Decision,
    OpenReason? Reason,
    UpstreamItem? Upstream = null,
    bool HandledByBuildingBefore = true,
    CaseTeam? Team = null,
    string? LinkedUnit = null,
    FirstContact? FirstContact = null,
    FeeAgreed? Fee = null);

/// <summary>
/// Records a call and opens the case: numbers it, routes it through the directory (R-DS-5) and commits the first
/// decision, so the case is readable before its orchestration starts. An Idempotency-Key makes a retried intake return
/// the case the first attempt created.
/// </summary>
public sealed class IntakeService(ICaseStore store, IStaffDirectory directory, OutboxComposer composer, TimeProvider clock)
{
    public async Task<IntakeResult> OpenAsync(IntakeRequest request, Actor by, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        var now = clock.GetUtcNow();
        var profile = request.Profile;
        var id = CaseId.Create(profile.Calendar.LocalDate(now), await store.NextSequenceAsync(profile.Calendar.LocalDate(now), cancellationToken));
        if (idempotencyKey is not null)
        {
            var claimed = await store.ClaimIdempotencyKeyAsync(idempotencyKey, id, cancellationToken);
            if (claimed != id && await store.GetAsync(claimed, cancellationToken) is { } existing)
            {
                return new IntakeResult(new RunResult.Applied(existing.State, []), Created: false, existing);
            }

            // The first attempt claimed the key but died before committing: finish it under the claimed id.
            id = claimed;
        }

        var staff = (await directory.ListAsync(cancellationToken)).Select(s => s.Member).ToList();
        var team = request.Team ?? TeamResolver.Resolve(profile, request.Category, staff);
        var intake = new Intake(now, by, id, request.Caller, request.Channel, request.Category, request.Urgency, request.Summary, request.Details,
            request.Decision, request.Reason, team, request.Upstream, request.HandledByBuildingBefore, request.LinkedUnit, request.FirstContact, request.Fee);
        try
        {
            return await CreateAsync(intake, profile, cancellationToken);
        }
        catch (ConcurrencyException) when (idempotencyKey is not null)
        {
            // Two attempts with the same key raced; the other one created the case.
            var raced = await store.GetAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Case {id} vanished after a conflict.");
            return new IntakeResult(new RunResult.Applied(raced.State, []), Created: false, raced);
        }
    }

    /// <summary>The first commit of a case; fails with <see cref="ConcurrencyException"/> if the id exists.</summary>
    private async Task<IntakeResult> CreateAsync(Intake intake, Profile profile, CancellationToken cancellationToken)
    {
        var decision = CaseMachine.Decide(null, intake, profile);
        if (decision is Decision.Rejected rejected)
        {
            return new IntakeResult(new RunResult.Rejected(rejected.Rule, rejected.Reason), Created: false);
        }

        var accepted = (Decision.Accepted)decision;
        var commit = await composer.ComposeAsync(null, accepted, profile, intake.AtUtc, cancellationToken);
        var stored = await store.CommitAsync(commit, cancellationToken);
        return new IntakeResult(new RunResult.Applied(stored.State, accepted.Commands), Created: true, stored, commit.Outbox);
    }
}

/// <param name="Case">The case as stored (with its ETag) when the intake created or found one.</param>
/// <param name="Outbox">The messages the creating commit wrote; empty when the case already existed.</param>
public sealed record IntakeResult(RunResult Result, bool Created, StoredCase? Case = null, IReadOnlyList<OutboxMessage>? Outbox = null);
