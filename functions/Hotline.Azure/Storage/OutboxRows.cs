using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>An <see cref="OutboxMessage"/> as an <c>out-NNNNNN</c> row of its case partition, one column per field.</summary>
internal static class OutboxRows
{
    public const string StatusColumn = "Status";

    public static TableEntity ToEntity(OutboxMessage message)
    {
        var entity = new TableEntity(message.CaseId.Value, CaseRows.OutboxRowKey(message.Sequence))
        {
            ["Sequence"] = message.Sequence,
            ["Kind"] = KebabEnum<OutboxKind>.Name(message.Kind),
            ["To"] = message.To,
            ["Recipient"] = message.Recipient,
            ["Text"] = message.Text,
            ["CreatedUtc"] = message.CreatedUtc,
            [StatusColumn] = KebabEnum<OutboxStatus>.Name(message.Status),
            ["Attempts"] = message.Attempts,
            ["Segments"] = message.Segments,
        };
        SetIfPresent(entity, "FirstAttemptUtc", message.FirstAttemptUtc);
        SetIfPresent(entity, "NextAttemptUtc", message.NextAttemptUtc);
        SetIfPresent(entity, "ProviderMessageId", message.ProviderMessageId);
        SetIfPresent(entity, "Error", message.Error);
        SetIfPresent(entity, "DeliveryStatus", message.DeliveryStatus);
        SetIfPresent(entity, "Payload", message.Payload);
        return entity;
    }

    public static OutboxMessage FromEntity(TableEntity entity) => new()
    {
        CaseId = CaseId.Parse(entity.PartitionKey),
        Sequence = entity.GetInt32("Sequence") ?? throw Missing(entity, "Sequence"),
        Kind = KebabEnum<OutboxKind>.Parse(entity.GetString("Kind") ?? throw Missing(entity, "Kind")),
        To = entity.GetString("To") ?? string.Empty,
        Recipient = entity.GetString("Recipient") ?? throw Missing(entity, "Recipient"),
        Text = entity.GetString("Text") ?? string.Empty,
        CreatedUtc = entity.GetDateTimeOffset("CreatedUtc") ?? throw Missing(entity, "CreatedUtc"),
        Status = KebabEnum<OutboxStatus>.Parse(entity.GetString(StatusColumn) ?? throw Missing(entity, StatusColumn)),
        Attempts = entity.GetInt32("Attempts") ?? 0,
        Segments = entity.GetInt32("Segments") ?? 0,
        FirstAttemptUtc = entity.GetDateTimeOffset("FirstAttemptUtc"),
        NextAttemptUtc = entity.GetDateTimeOffset("NextAttemptUtc"),
        ProviderMessageId = entity.GetString("ProviderMessageId"),
        Error = entity.GetString("Error"),
        DeliveryStatus = entity.GetString("DeliveryStatus"),
        Payload = entity.GetString("Payload"),
        ETag = entity.ETag.ToString(),
    };

    private static void SetIfPresent(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    private static InvalidOperationException Missing(TableEntity entity, string column) =>
        new($"Outbox row {entity.PartitionKey}/{entity.RowKey} has no {column}.");
}
