using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Service.Serialization;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Running;

/// <summary>
/// Carries out committed outbox messages at least once. A message is claimed (attempt counted, lease set) before it
/// is sent, so two dispatchers never send the same row at once; a crash after sending re-sends after the lease with
/// the same outbox id, which the gateway turns into the provider's repeatability key, so the provider delivers once.
/// </summary>
public sealed partial class OutboxDispatcher(
    ICaseStore store,
    ISmsGateway gateway,
    LinkedCaseOpener linkedCases,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    IDeliveryFailureHandler? failures = null,
    SendRateLimiter? rateLimiter = null)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int MaxAttempts = 8;

    /// <summary>Dispatches everything due now; returns how many messages reached a final state.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        for (var round = 0; round < 1_000; round++)
        {
            var now = clock.GetUtcNow();
            var pending = await PendingAsync(now, 50, cancellationToken);
            if (pending.Count == 0)
            {
                break;
            }

            // Cases are sent in parallel, each case's messages in order (a task before its follow-up).
            var throttled = false;
            await Parallel.ForEachAsync(pending.GroupBy(m => m.CaseId), new ParallelOptions { MaxDegreeOfParallelism = WakeUpPump.Concurrency, CancellationToken = cancellationToken }, async (messages, ct) =>
            {
                foreach (var message in messages)
                {
                    if (message.Kind == OutboxKind.Sms && rateLimiter?.TryTake() == false)
                    {
                        // Over the number's throughput: the rest waits for the next round.
                        throttled = true;
                        return;
                    }

                    if (await DispatchAsync(message, now, ct))
                    {
                        Interlocked.Increment(ref done);
                    }
                }
            });
            if (throttled)
            {
                LogThrottled(logger, pending.Count);
                break;
            }
        }

        return done;
    }

    /// <summary>
    /// Messages due now. The store's pending-outbox index is retired (the Durable engine sends each case's messages), so
    /// this reads every case's outbox: a stop-gap that keeps the local runner sending, slow on a large store.
    /// </summary>
    private async Task<List<OutboxMessage>> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var due = new List<OutboxMessage>();
        var query = new CaseQuery(PageSize: 1000);
        do
        {
            var page = await store.ListAsync(query, cancellationToken);
            foreach (var state in page.Items)
            {
                var messages = await store.OutboxAsync(state.Id, cancellationToken);
                due.AddRange(messages.Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptUtc ?? m.CreatedUtc) <= now).Take(max - due.Count));
                if (due.Count == max)
                {
                    return due;
                }
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        return due;
    }

    private async Task<bool> DispatchAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await store.UpdateOutboxAsync(
            message with { Attempts = message.Attempts + 1, FirstAttemptUtc = message.FirstAttemptUtc ?? now, NextAttemptUtc = now + Lease },
            cancellationToken);
        if (claimed is null)
        {
            return false;
        }

        var updated = message.Kind == OutboxKind.LinkedCase
            ? claimed with
            {
                Status = OutboxStatus.Sent,
                NextAttemptUtc = null,
                ProviderMessageId = (await linkedCases.OpenAsync(claimed, JsonSerializer.Deserialize<OpenLinkedCase>(claimed.Payload!, HotlineJson.Options)!, cancellationToken)).Value,
            }
            : Apply(claimed, await gateway.SendAsync(new OutgoingSms(claimed.Id, claimed.To, claimed.Text, claimed.FirstAttemptUtc!.Value), cancellationToken), now);
        await store.UpdateOutboxAsync(updated, cancellationToken);
        LogOutcome(logger, claimed.Id, claimed.Recipient, updated.Status, updated.Error);
        if (updated.Status == OutboxStatus.Failed && failures is not null)
        {
            await failures.OnPermanentFailureAsync(updated, cancellationToken);
        }

        return updated.Status != OutboxStatus.Pending;
    }

    /// <summary>Exponential backoff from 30 s, capped at an hour, or the provider's Retry-After when longer.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));
        return retryAfter is { } r && r > backoff ? r : backoff;
    }

    private static OutboxMessage Apply(OutboxMessage claimed, SmsSendOutcome outcome, DateTimeOffset now) => outcome switch
    {
        SmsSendOutcome.Accepted a => claimed with { Status = OutboxStatus.Sent, ProviderMessageId = a.ProviderMessageId, NextAttemptUtc = null, Error = null },
        SmsSendOutcome.TransientFailure t when claimed.Attempts < MaxAttempts => claimed with { NextAttemptUtc = now + Backoff(claimed.Attempts, t.RetryAfter), Error = t.Reason },
        SmsSendOutcome.TransientFailure t => claimed with { Status = OutboxStatus.Failed, NextAttemptUtc = null, Error = $"gave up after {claimed.Attempts} attempts: {t.Reason}" },
        SmsSendOutcome.PermanentFailure p => claimed with { Status = OutboxStatus.Failed, NextAttemptUtc = null, Error = p.Reason },
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending paused at the number's rate limit; {Pending} messages wait for the next round")]
    private static partial void LogThrottled(ILogger logger, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {OutboxId} to {Recipient}: {Status} {Error}")]
    private static partial void LogOutcome(ILogger logger, string outboxId, string recipient, OutboxStatus status, string? error);
}
