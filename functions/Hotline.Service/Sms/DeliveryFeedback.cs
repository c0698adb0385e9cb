using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Sms;

/// <summary>
/// Brings what a delivery report says back to the message's row and its case: a failed delivery becomes a
/// <see cref="DeliveryFailed"/> trigger, so an unreachable person makes the case call the next one. (A failure at send
/// time is fed back by the case orchestration itself.)
/// </summary>
public sealed class DeliveryFeedback(ICaseStore store, ICaseDriver runner, TimeProvider clock)
{
    private async Task OnPermanentFailureAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind == OutboxKind.Sms && StaffId.TryParse(message.Recipient, out var staff) && message.Recipient != "caller")
        {
            await runner.ApplyAsync(message.CaseId, _ => new DeliveryFailed(clock.GetUtcNow(), staff, message.Error ?? "undeliverable"), cancellationToken);
        }
    }

    /// <summary>Records a delivery report on the outbox row its tag names; a failed delivery is fed back to the case.</summary>
    public async Task<bool> OnDeliveryReportAsync(string? tag, string status, string? details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (tag is null || tag.LastIndexOf('.') is var dot && dot < 0 || !CaseId.TryParse(tag[..dot], out var caseId)
            || !int.TryParse(tag[(dot + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var message = (await store.OutboxAsync(caseId, cancellationToken)).FirstOrDefault(m => m.Sequence == sequence);
            if (message is null)
            {
                return false;
            }

            var failed = status.Equals("Failed", StringComparison.OrdinalIgnoreCase);
            var updated = message with
            {
                DeliveryStatus = details is null ? status : $"{status}: {details}",
                Status = failed ? OutboxStatus.Failed : message.Status,
                Error = failed ? details ?? "delivery failed" : message.Error,
            };
            if (await store.UpdateOutboxAsync(updated, cancellationToken) is not null)
            {
                if (failed && message.Status != OutboxStatus.Failed)
                {
                    await OnPermanentFailureAsync(updated, cancellationToken);
                }

                return true;
            }
        }

        return false;
    }
}
