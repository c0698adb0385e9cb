using System.Globalization;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// The list rows of <c>{prefix}CaseSearch</c>: one per case, in partitions <c>list-{month}</c> whose month (the case id's,
/// i.e. the local month of receipt) is written digit-inverted like the RowKey (<see cref="CaseIndexKeys.NewestFirst"/>).
/// A query over <c>list-</c>…<c>list.</c> therefore returns every case newest first across partitions — the order the
/// service reads in, so paging by its continuation token keeps that order from page to page. The rows carry the state
/// row's query columns (same names, so <see cref="TableCaseStore"/>'s OData filter applies to both) and the version that
/// guards them against late writers.
/// </summary>
internal static class ListRows
{
    public const string PartitionPrefix = "list-";

    /// <summary>Every list partition lies in [<c>list-</c>, <c>list.</c>) ('.' follows '-').</summary>
    public const string PartitionsEnd = "list.";

    public static string Partition(CaseId id) => PartitionPrefix + Invert(id.Value[..6]);

    /// <summary>The partition of the month holding this instant in any time zone's local date: one day either side.</summary>
    public static string PartitionOfNewest(DateTimeOffset toUtc) =>
        toUtc.Year >= 9999 ? PartitionPrefix : PartitionPrefix + Invert(Month(toUtc.UtcDateTime.AddDays(1)));

    public static string PartitionOfOldest(DateTimeOffset fromUtc) =>
        fromUtc.Year <= 1 ? PartitionsEnd : PartitionPrefix + Invert(Month(fromUtc.UtcDateTime.AddDays(-1)));

    public static TableEntity Of(CaseState state)
    {
        var entity = new TableEntity(Partition(state.Id), CaseIndexKeys.NewestFirst(state.Id))
        {
            [CaseRows.StatusColumn] = KebabEnum<CaseStatus>.Name(state.Status),
            [CaseRows.ReceivedColumn] = state.ReceivedUtc,
            [CaseRows.HandlingDueColumn] = state.HandlingDueUtc ?? CaseRows.NoHandlingDue,
            [SearchRows.VersionColumn] = state.Version,
        };
        if (state.Assignee is { } assignee)
        {
            entity[CaseRows.AssigneeColumn] = assignee.Value;
        }

        return entity;
    }

    private static string Month(DateTime at) => at.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static string Invert(string digits) => string.Create(digits.Length, digits, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = (char)('9' - t[i] + '0');
        }
    });
}
