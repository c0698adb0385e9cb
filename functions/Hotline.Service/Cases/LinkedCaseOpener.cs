using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Storage;

namespace Hotline.Service.Cases;

/// <summary>
/// Opens the case a leader's instruction becomes (R-EM-5), once: the outbox message id is the idempotency key,
/// so a retried dispatch finds the case the first attempt opened.
/// </summary>
public sealed class LinkedCaseOpener(ICaseStore store, IStaffDirectory directory, ProfileRegistry profiles, Lazy<IntakeService> intake)
{
    public async Task<CaseId> OpenAsync(OutboxMessage message, OpenLinkedCase open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(open);
        var parent = await store.GetAsync(open.Parent, cancellationToken)
            ?? throw new InvalidOperationException($"Parent case {open.Parent} is missing.");
        var profile = profiles.Get(parent.State.ProfileId);
        var leader = await directory.GetAsync(open.RequestedBy, cancellationToken);
        var assignee = await directory.GetAsync(open.Assignee, cancellationToken);
        var staff = (await directory.ListAsync(cancellationToken)).Select(s => s.Member).ToList();
        var team = TeamResolver.ForUnit(profile, assignee?.Member.Unit, staff) with { Supervisor = open.Assignee, Implementer = null };
        var by = leader is null ? new Actor(open.RequestedBy, new HashSet<Role> { Role.Manager }) : Actor.Of(leader.Member);
        var request = new IntakeRequest(profile, parent.State.Caller, Channel.Internal, parent.State.Category,
            parent.State.Urgency == Urgency.Emergency ? Urgency.Major : parent.State.Urgency,
            open.Summary, $"领导要求措施，源自 {open.Parent}", IntakeDecision.Open, OpenReason.FoundByStaff, Team: team);
        var result = await intake.Value.OpenAsync(request, by, "linked:" + message.Id, cancellationToken);
        return result.Result is RunResult.Applied applied
            ? applied.State.Id
            : throw new InvalidOperationException($"The linked case for {open.Parent} was rejected: {result.Result}");
    }
}
