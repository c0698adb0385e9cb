using Hotline.Domain.Cases;
using Hotline.Domain.Sms;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;

namespace Hotline.Service.Sms;

/// <summary>
/// What a staff member can answer by SMS: the cases assigned to them that are being worked, and the cases waiting
/// for their approval or their emergency acknowledgement as a member of the manager chain.
/// </summary>
public static class SmsTasks
{
    private static readonly CaseStatus[] Waiting =
        [CaseStatus.Dispatched, CaseStatus.InProgress, CaseStatus.AwaitingInstruction, CaseStatus.Completed, CaseStatus.Unresolvable];

    /// <summary>Every case in a status someone may still answer by SMS that matches <paramref name="predicate"/>.</summary>
    public static async Task<IReadOnlyList<CaseState>> ScanAsync(ICaseStore store, Func<CaseState, bool> predicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = new List<CaseState>();
        foreach (var status in Waiting)
        {
            string? token = null;
            do
            {
                var page = await store.ListAsync(new CaseQuery(status, PageSize: 200, ContinuationToken: token), cancellationToken);
                result.AddRange(page.Items.Where(predicate));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return result;
    }

    public static bool IsTaskOf(CaseState s, StaffId staff)
    {
        ArgumentNullException.ThrowIfNull(s);
        var ladder = s.Team.IsInLadder(staff);
        if (!s.IsTerminal && s.AwaitingConfirmation.Any(c => c.Staff == staff))
        {
            return true; // a text asked them to reply "收到" on this case
        }

        return s.Status switch
        {
            CaseStatus.Dispatched or CaseStatus.InProgress => s.Assignee == staff || s.Team.IsResponsible(staff)
                || (ladder && s.Urgency == Urgency.Emergency && s.EmergencyAcknowledgedBy is null),
            CaseStatus.AwaitingInstruction or CaseStatus.Unresolvable => ladder,
            CaseStatus.Completed => ladder && s.Urgency != Urgency.Normal,
            _ => false,
        };
    }

    public static OpenTask ToOpenTask(CaseState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new OpenTask(s.Id.Value, s.Id.Ref);
    }
}
