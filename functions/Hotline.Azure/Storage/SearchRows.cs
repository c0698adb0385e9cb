using System.Globalization;
using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// The rows of <c>{prefix}CaseSearch</c> (written once, when the case is created: everything they hold is fixed at
/// intake) and <c>{prefix}OpenCases</c> (rewritten with every commit while the case is open, deleted when it closes).
/// Every search row's RowKey is the case id in newest-first order (<see cref="CaseIndexKeys.NewestFirst"/>).
/// </summary>
/// <remarks>
/// Search partitions: <c>phone-{E.164 digits}</c> (a caller's cases), <c>tail-{last 4}</c> (the last four digits),
/// <c>ref-{NNNN}</c> (the short reference; a day's sequence, so one row a day at most) and <c>text-{yyyyMM}</c> (the
/// lean search text of every case received that UTC month). A phone or reference lookup reads one or two partitions; free
/// text reads the month partitions of the search window, newest first, and only their <c>Text</c> column.
/// Open-case rows: PartitionKey = profile, RowKey = case id, the <see cref="OpenCase"/> columns (no snapshot).
/// </remarks>
internal static class SearchRows
{
    public const string TextColumn = "Text";

    public static string PhonePartition(PhoneNumber phone) => "phone-" + phone.E164.TrimStart('+');

    public static string TailPartition(string digits) => "tail-" + digits;

    public static string RefPartition(string reference) => "ref-" + reference;

    public static string TextPartition(DateTimeOffset receivedUtc) => "text-" + receivedUtc.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <summary>The rows of a new case: 2 without a caller phone (anonymous, R-IN-8), 4 with one.</summary>
    public static IEnumerable<TableEntity> Of(CaseState state)
    {
        var key = CaseIndexKeys.NewestFirst(state.Id);
        yield return new TableEntity(TextPartition(state.ReceivedUtc), key) { [TextColumn] = SearchText.Of(state), ["ReceivedUtc"] = state.ReceivedUtc };
        yield return new TableEntity(RefPartition(state.Id.Ref), key);
        if (state.Caller.Phone is { } phone)
        {
            yield return new TableEntity(PhonePartition(phone), key);
            yield return new TableEntity(TailPartition(SearchText.Tail(phone)), key);
        }
    }

    public static TableEntity Open(OpenCase row, int version) => new(row.ProfileId, row.Id.Value)
    {
        ["Version"] = version,
        ["Status"] = KebabEnum<CaseStatus>.Name(row.Status),
        ["Urgency"] = KebabEnum<Urgency>.Name(row.Urgency),
        ["HandlingDueUtc"] = row.HandlingDueUtc,
        ["NextDueUtc"] = row.NextDueUtc,
        ["Unit"] = row.Unit,
        ["BuildingUnit"] = row.BuildingUnit,
        ["UpstreamItem"] = row.UpstreamItem,

        // Bar-delimited so that a party is matched whole; a few hundred bytes at most (team, ladder, crew).
        ["Parties"] = "|" + string.Join('|', row.Parties) + "|",
    };

    public static OpenCase ReadOpen(TableEntity e) => new(
        CaseId.Parse(e.RowKey),
        e.PartitionKey,
        KebabEnum<CaseStatus>.Parse(e.GetString("Status")),
        KebabEnum<Urgency>.Parse(e.GetString("Urgency")),
        e.GetDateTimeOffset("HandlingDueUtc"),
        e.GetDateTimeOffset("NextDueUtc"),
        e.GetString("Unit"),
        e.GetString("BuildingUnit"),
        e.GetBoolean("UpstreamItem") ?? false,
        e.GetString("Parties") is { Length: > 2 } parties ? parties.Trim('|').Split('|') : []);
}
