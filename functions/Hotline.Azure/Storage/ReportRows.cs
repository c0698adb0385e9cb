using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage.Reports;

namespace Hotline.Azure.Storage;

/// <summary>
/// The rows of <c>{prefix}CaseReports</c>, two per case, both holding the case's <see cref="ReportProjection"/>:
/// the <b>receipt row</b> in partition <c>{profile}|r|{yyyy-MM-dd}</c> (UTC day of receipt: a month's report reads its
/// 31 or 32 small partitions side by side), which also holds the <see cref="LeanReportCase"/> the monthly report reads
/// alone (<c>Lean</c>), and, for an opened case, the <b>index row</b> in <c>{profile}|open</c> while it is not
/// closed, then in <c>{profile}|closed|{yyyy-MM}</c> (UTC month of closure). The row key is the case id.
/// </summary>
/// <remarks>The receipt row's <c>Index</c> column names the partition of the case's index row, so a move deletes the old one.</remarks>
internal static class ReportRows
{
    public const string VersionColumn = "Version";
    public const string ReceivedColumn = "ReceivedUtc";
    public const string ClosedColumn = "ClosedUtc";
    public const string IndexColumn = "Index";
    public const string LeanColumn = "Lean";

    public static string ReceiptPartition(string profileId, DateTimeOffset receivedUtc) =>
        $"{profileId}|r|{receivedUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The receipt partitions of the UTC days from <paramref name="fromUtc"/> to <paramref name="toUtc"/> (exclusive).</summary>
    public static IEnumerable<string> ReceiptPartitions(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        for (var day = fromUtc.UtcDateTime.Date; day < toUtc.UtcDateTime; day = day.AddDays(1))
        {
            yield return ReceiptPartition(profileId, new DateTimeOffset(day, TimeSpan.Zero));
        }
    }

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

    /// <param name="index">The receipt row only: where the case's index row is (null for a call record).</param>
    /// <param name="receipt">The receipt row, which also carries the lean case; index rows hold the projection alone.</param>
    public static TableEntity Row(string partition, ReportProjection projection, string? index, bool receipt)
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

        if (receipt)
        {
            entity[LeanColumn] = LeanReportCase.Of(s, projection.Lines).ToJson();
        }

        CaseRows.WriteJson(entity, JsonSerializer.Serialize(projection, CaseRows.StoredJson));
        return entity;
    }

    public static ReportProjection Read(TableEntity entity) =>
        JsonSerializer.Deserialize<ReportProjection>(CaseRows.ReadJson(entity), CaseRows.StoredJson)
        ?? throw new InvalidOperationException($"Report row {entity.PartitionKey}/{entity.RowKey} is empty.");

    public static LeanReportCase ReadLean(TableEntity entity) =>
        LeanReportCase.FromJson(entity.GetString(LeanColumn) ?? throw new InvalidOperationException($"Report row {entity.PartitionKey}/{entity.RowKey} has no lean column."));

    public static int Version(TableEntity entity) => entity.GetInt32(VersionColumn) ?? -1;
}
