using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;
using Hotline.Service.Sms;

namespace Hotline.Service.Reports;

/// <summary>Who took a staff reminder and who refused it; see <see cref="StaffReminderSms.SendAsync"/>.</summary>
public sealed record StaffReminderSends(IReadOnlyList<string> Accepted, IReadOnlyList<string> Refused);

/// <summary>
/// The send-once plumbing the report reminders share (R-RP-9 submissions, R-RP-1 quality checks): staff SMS outside a
/// case go straight to the <see cref="ISmsGateway"/> under a stable message id (the case outbox belongs to a case), and
/// the caller records the reminder only after every send, so a transient failure leaves it unrecorded and the next
/// round sends again under the same ids, which the gateway does not deliver twice.
/// </summary>
public static class StaffReminderSms
{
    /// <summary>
    /// Sends <paramref name="text"/> to each recipient as <c>{idPrefix}.{member id}</c>. Null at the first transient
    /// failure (after telling <paramref name="onRetry"/> the masked phone): do not record, try again next round.
    /// </summary>
    public static async Task<StaffReminderSends?> SendAsync(
        ISmsGateway gateway, string idPrefix, IEnumerable<StaffMember> recipients, string text, DateTimeOffset now, Action<string> onRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(onRetry);
        var accepted = new List<string>();
        var refused = new List<string>();
        foreach (var member in recipients)
        {
            var outcome = await gateway.SendAsync(new OutgoingSms($"{idPrefix}.{member.Id.Value}", member.Phone.E164, text, now), cancellationToken);
            if (outcome is SmsSendOutcome.TransientFailure)
            {
                onRetry(Mask.Phone(member.Phone.E164));
                return null;
            }

            (outcome.IsSuccess ? accepted : refused).Add(member.Id.Value);
        }

        return new StaffReminderSends(accepted, refused);
    }
}
