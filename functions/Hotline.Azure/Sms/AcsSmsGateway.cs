using Azure;
using Hotline.Service.Sms;

namespace Hotline.Azure.Sms;

/// <summary><see cref="ISmsGateway"/> over Azure Communication Services SMS.</summary>
/// <remarks>
/// One recipient per outbox row. The row's id is the idempotency key twice over: it derives the
/// repeatabilityRequestId (a name-based Guid, identical on every retry) and it is the delivery-report tag, so the
/// SMSDeliveryReportReceived event leads straight back to the row.
/// </remarks>
public sealed class AcsSmsGateway : ISmsGateway
{
    private readonly AcsSmsClient _client;
    private readonly string _from;
    private readonly TimeProvider _timeProvider;

    /// <param name="from">The ACS number (E.164) or sender id that texts go out from.</param>
    public AcsSmsGateway(string connectionString, string from, AcsSmsClientOptions? options = null)
        : this(new AcsSmsClient(connectionString, options), from, options?.TimeProvider ?? TimeProvider.System)
    {
    }

    public AcsSmsGateway(AcsSmsClient client, string from, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _client = client;
        _from = from;
        _timeProvider = timeProvider;
    }

    public async Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        if (!E164.IsValid(sms.To))
        {
            return new SmsSendOutcome.PermanentFailure($"'{sms.To}' is not an E.164 phone number.");
        }

        if (string.IsNullOrEmpty(sms.Text) || sms.Text.Length > AcsSmsClient.MaxMessageLength)
        {
            return new SmsSendOutcome.PermanentFailure($"The text has {sms.Text?.Length ?? 0} characters; ACS takes 1 to {AcsSmsClient.MaxMessageLength}.");
        }

        var recipient = new AcsSmsRecipient(sms.To, NameBasedGuid.ForSmsOutbox(sms.OutboxId), sms.FirstAttemptUtc);
        try
        {
            var response = await _client.SendAsync(_from, [recipient], sms.Text, enableDeliveryReport: true, tag: sms.OutboxId, cancellationToken);
            return AcsSendOutcomes.FromResults(response.Value, sms.To);
        }
        catch (RequestFailedException ex)
        {
            return AcsSendOutcomes.FromFailedRequest(ex, _timeProvider.GetUtcNow());
        }
        catch (AggregateException ex)
        {
            // Azure.Core's retry policy aggregates the transport failures of all its attempts.
            return new SmsSendOutcome.TransientFailure($"ACS could not be reached after {ex.InnerExceptions.Count} attempts: {ex.InnerExceptions[^1].Message}", null);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SmsSendOutcome.TransientFailure($"ACS did not answer in time: {ex.Message}", null);
        }
    }
}
