using Hotline.Domain.Cases;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The work of the <see cref="SendSms"/> activity: sends one outbox message of a case and records what became of it on
/// its row, which stays in the case partition as the record of what was sent (the outbox view, delivery reports).
/// </summary>
/// <remarks>
/// <para>Activities run at least once, so every attempt is safe to repeat: a row that is no longer pending is answered
/// from the row, and the provider's repeatability id is derived from the outbox id (case id and version × 100 + the
/// command's index), with the first-attempt time saved on the row <em>before</em> the first send, so a retry after a crash
/// between sending and recording is recognised by the provider as the same request and not texted twice.</para>
/// <para>A transient failure counts an attempt and throws <see cref="SmsDeferredException"/>, so the Durable retry
/// policy (with its backoff) tries again; after <see cref="MaxAttempts"/> the row is marked failed and the
/// orchestration records the failure on the case.</para>
/// </remarks>
public sealed partial class SmsSender(ICaseStore store, ISmsGateway gateway, TimeProvider clock, ILogger<SmsSender> logger, SendRateLimiter? rateLimiter = null)
{
    /// <summary>Attempts before a message counts as failed; kept below the activity retry policy's attempts.</summary>
    public const int MaxAttempts = 8;

    /// <exception cref="SmsDeferredException">Not sent this time; the activity is retried.</exception>
    public async Task<SmsDelivery> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var caseId = CaseId.Parse(item.CaseId);
        while (true)
        {
            var row = (await store.OutboxAsync(caseId, cancellationToken)).FirstOrDefault(m => m.Sequence == item.Sequence)
                ?? throw new InvalidOperationException($"Outbox row {item.CaseId}.{item.Sequence:D6} does not exist.");
            if (row.Status != OutboxStatus.Pending)
            {
                return SmsDelivery.Of(row);
            }

            if (rateLimiter?.TryTake() == false)
            {
                throw new SmsDeferredException($"The sending number is at its rate limit ({rateLimiter.PerMinute}/min).");
            }

            var now = clock.GetUtcNow();
            var claimed = await store.UpdateOutboxAsync(row with { Attempts = row.Attempts + 1, FirstAttemptUtc = row.FirstAttemptUtc ?? now }, cancellationToken);
            if (claimed is null)
            {
                continue; // a delivery report or a parallel attempt wrote the row; look again
            }

            var outcome = await gateway.SendAsync(new OutgoingSms(claimed.Id, claimed.To, claimed.Text, claimed.FirstAttemptUtc!.Value), cancellationToken);
            var recorded = Apply(claimed, outcome);
            await store.UpdateOutboxAsync(recorded, cancellationToken);
            LogOutcome(logger, claimed.Id, claimed.Recipient, claimed.Attempts, recorded.Status, recorded.Error);
            return recorded.Status == OutboxStatus.Pending
                ? throw new SmsDeferredException($"Outbox {claimed.Id}: {recorded.Error}")
                : SmsDelivery.Of(recorded);
        }
    }

    private static OutboxMessage Apply(OutboxMessage claimed, SmsSendOutcome outcome) => outcome switch
    {
        SmsSendOutcome.Accepted a => claimed with { Status = OutboxStatus.Sent, ProviderMessageId = a.ProviderMessageId, Error = null },
        SmsSendOutcome.TransientFailure t when claimed.Attempts < MaxAttempts => claimed with { Error = t.Reason },
        SmsSendOutcome.TransientFailure t => claimed with { Status = OutboxStatus.Failed, Error = $"gave up after {claimed.Attempts} attempts: {t.Reason}" },
        SmsSendOutcome.PermanentFailure p => claimed with { Status = OutboxStatus.Failed, Error = p.Reason },
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {OutboxId} to {Recipient}, attempt {Attempt}: {Status} {Error}")]
    private static partial void LogOutcome(ILogger logger, string outboxId, string recipient, int attempt, OutboxStatus status, string? error);
}

/// <summary>An outbox row to carry out, as the orchestration names it.</summary>
/// <param name="CreatedUtc">The business time of the decision that wrote it; a failure to send is recorded at that time in the manual-clock mode.</param>
public sealed record OutboxItem(string CaseId, int Sequence, OutboxKind Kind, string Recipient, DateTimeOffset CreatedUtc)
{
    public static OutboxItem Of(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.CaseId.Value, message.Sequence, message.Kind, message.Recipient, message.CreatedUtc);
    }
}

/// <summary>What became of a message: sent, or failed for good (with the reason the case records).</summary>
public sealed record SmsDelivery(bool Sent, string? Error)
{
    public static SmsDelivery Of(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Status == OutboxStatus.Sent, row.Status == OutboxStatus.Failed ? row.Error ?? "not delivered" : null);
    }
}

/// <summary>The message was not sent this time and will be tried again (by the activity's retry policy).</summary>
public sealed class SmsDeferredException : Exception
{
    public SmsDeferredException()
    {
    }

    public SmsDeferredException(string message)
        : base(message)
    {
    }

    public SmsDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
