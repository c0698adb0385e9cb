using Hotline.Domain.Cases;

namespace Hotline.Service.Storage;

/// <summary>
/// Something to do outside the case partition, committed with the decision that asked for it and carried out
/// at least once: an SMS, or opening a linked case (R-EM-5). <see cref="Id"/> is the idempotency key.
/// </summary>
public sealed record OutboxMessage
{
    public required CaseId CaseId { get; init; }
    public required int Sequence { get; init; }
    public required OutboxKind Kind { get; init; }

    /// <summary>E.164 number for SMS; empty for linked cases.</summary>
    public required string To { get; init; }

    /// <summary>Staff id of the recipient, or "caller".</summary>
    public required string Recipient { get; init; }

    public required string Text { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>SMS segments the text takes (UCS-2: 70 characters alone, 67 per part), which is what the provider bills.</summary>
    public int Segments { get; init; }
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset? FirstAttemptUtc { get; init; }
    public DateTimeOffset? NextAttemptUtc { get; init; }
    public string? ProviderMessageId { get; init; }
    public string? Error { get; init; }
    public string? DeliveryStatus { get; init; }

    /// <summary>JSON payload for non-SMS kinds (the linked case to open).</summary>
    public string? Payload { get; init; }

    public string ETag { get; init; } = string.Empty;

    public string Id => $"{CaseId.Value}.{Sequence:D6}";
}

public enum OutboxKind
{
    Sms,
    LinkedCase,
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
