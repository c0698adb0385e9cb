using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Sms;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;

namespace Hotline.Service.Cases;

/// <summary>
/// Turns an accepted decision into one commit: the ledger lines it logged and an outbox message per notice
/// (rendered to SMS text now, so the text sent is the text committed) or per linked case to open.
/// </summary>
public sealed class OutboxComposer(IStaffDirectory directory)
{
    public async Task<CaseCommit> ComposeAsync(StoredCase? before, Decision.Accepted decision, Profile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var state = decision.State;
        var ledger = decision.Commands.OfType<AppendLedger>().Select(c => c.Entry).ToList();
        var outbox = new List<OutboxMessage>();
        var names = new Dictionary<StaffId, StaffRecord?>();
        foreach (var id in PeopleNamedBy(decision, state))
        {
            names[id] = await directory.GetAsync(id, cancellationToken);
        }

        string NameOf(StaffId id) => names.GetValueOrDefault(id)?.Member.Name ?? id.Value;
        var index = 0;
        foreach (var command in decision.Commands)
        {
            switch (command)
            {
                case Notify notify:
                    var (to, recipient) = notify.To switch
                    {
                        Recipient.Staff s => (names.GetValueOrDefault(s.Id)?.Member.Phone.E164 ?? string.Empty, s.Id.Value),
                        _ => (state.Caller.Phone?.E164 ?? string.Empty, "caller"),
                    };
                    var message = Message(state, now, ++index, OutboxKind.Sms, to, recipient, NoticeRenderer.Render(notify.Notice, state, profile, NameOf));
                    outbox.Add(to.Length == 0
                        ? message with { Status = OutboxStatus.Failed, Error = $"{recipient} is not in the staff directory or has no phone" }
                        : message);
                    break;
                case OpenLinkedCase open:
                    outbox.Add(Message(state, now, ++index, OutboxKind.LinkedCase, string.Empty, open.Assignee.Value, open.Summary) with
                    {
                        Payload = JsonSerializer.Serialize(open, HotlineJson.Options),
                    });
                    break;
            }
        }

        return new CaseCommit(state, before?.ETag, ledger, outbox, before?.State);
    }

    /// <summary>
    /// Only the directory entries this decision's texts need: recipients (for their phones), the notices' subjects, and
    /// the manager ladder when a notice names a level. A decision that notifies nobody reads nothing.
    /// </summary>
    private static IEnumerable<StaffId> PeopleNamedBy(Decision.Accepted decision, CaseState state)
    {
        var notices = decision.Commands.OfType<Notify>().ToList();
        var ladder = notices.Any(n => n.Notice.Kind is NoticeKind.EmergencyLadder or NoticeKind.SecondComplaint) && !state.Team.ManagerLadder.IsDefault
            ? state.Team.ManagerLadder : [];
        return notices.Select(n => n.To).OfType<Recipient.Staff>().Select(s => s.Id)
            .Concat(notices.Select(n => n.Notice.Subject).OfType<StaffId>())
            .Concat(ladder)
            .Distinct();
    }

    /// <remarks>The sequence is version × 100 + index: unique within the case and the same on every retry of the decision.</remarks>
    private static OutboxMessage Message(CaseState state, DateTimeOffset now, int index, OutboxKind kind, string to, string recipient, string text) => new()
    {
        CaseId = state.Id,
        Sequence = (state.Version * 100) + index,
        Kind = kind,
        To = to,
        Recipient = recipient,
        Text = text,
        CreatedUtc = now,
        Segments = kind == OutboxKind.Sms ? SmsSegments.Count(text) : 0,
    };
}
