using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage.Reports;

namespace Hotline.Azure.Storage;

/// <summary>
/// The rows of <c>{prefix}CaseReports</c>, two per case, both holding the case's <see cref="ReportProjection"/>:
/// the <b>receipt row</b> in partition <c>{profile}|r|{yyyy-MM}</c> (UTC month of receipt; a month's reports read one or
/// two of these partitions) and, for an opened case, the <b>index row</b> in <c>{profile}|open</c> while it is not
/// closed, then in <c>{profile}|closed|{yyyy-MM}</c> (UTC month of closure). The row key is the case id.
/// </summary>
/// <remarks>The receipt row's <c>Index</c> column names the partition of the case's index row, so a move deletes the old one.</remarks>
internal static class ReportRows
{
    public const string VersionColumn = "Version";
    public const string ReceivedColumn = "ReceivedUtc";
    public const string ClosedColumn = "ClosedUtc";
    public const string IndexColumn = "Index";

    public static string ReceiptPartition(string profileId, DateTimeOffset receivedUtc) => $"{profileId}|r|{ReportProjection.Month(receivedUtc)}";

    public static string ReceiptPartition(string profileId, string month) => $"{profileId}|r|{month}";

    public static string OpenPartition(string profileId) => $"{profileId}|open";

    public static string ClosedPartition(string profileId, string month) => $"{profileId}|closed|{month}";

    /// <summary>Sorts after every closed month of the profile ('~' follows the digits).</summary>
    public static string ClosedPartitionsEnd(string profileId) => $"{profileId}|closed|~";

    /// <summary>Where the case's index row belongs; null for a call record (never opened, never open).</summary>
    public static string? IndexPartition(ReportProjection projection)
    {
        var s = projection.State;
        if (!projection.IsOpened)
        {
            return null;
        }

        return s.Closure is { } closure ? ClosedPartition(s.ProfileId, ReportProjection.Month(closure.AtUtc)) : OpenPartition(s.ProfileId);
    }

    public static TableEntity Row(string partition, ReportProjection projection, string? index)
    {
        var s = projection.State;
        var entity = new TableEntity(partition, s.Id.Value)
        {
            [VersionColumn] = s.Version,
            [ReceivedColumn] = s.ReceivedUtc,
        };
        if (s.Closure is { } closure)
        {
            entity[ClosedColumn] = closure.AtUtc;
        }

        if (index is not null)
        {
            entity[IndexColumn] = index;
        }

        CaseRows.WriteJson(entity, JsonSerializer.Serialize(projection, CaseRows.StoredJson));
        return entity;
    }

    public static ReportProjection Read(TableEntity entity) =>
        JsonSerializer.Deserialize<ReportProjection>(CaseRows.ReadJson(entity), CaseRows.StoredJson)
        ?? throw new InvalidOperationException($"Report row {entity.PartitionKey}/{entity.RowKey} is empty.");

    public static int Version(TableEntity entity) => entity.GetInt32(VersionColumn) ?? -1;
}
