using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// The rows of <c>{prefix}CaseSearch</c> (written once, when the case is created: everything they hold is fixed at
/// intake) and <c>{prefix}OpenCases</c> (rewritten with every commit while the case is open, left as a tombstone when it closes).
/// Every search row's RowKey is the case id in newest-first order (<see cref="CaseIndexKeys.NewestFirst"/>).
/// </summary>
/// <remarks>
/// Search partitions: <c>phone-{keyed hash}</c> (a caller's cases; the number itself never in a key, <see cref="PhoneKeys"/>), <c>tail-{last 4}</c> (the last four digits),
/// <c>ref-{NNNN}</c> (the short reference; a day's sequence, so one row a day at most) and <c>text-{yyyyMM}</c> (the
/// lean search text of every case received that UTC month). A phone or reference lookup reads one or two partitions; free
/// text reads the month partitions of the search window, newest first, and only their <c>Text</c> column.
/// Open-case rows: PartitionKey = profile, RowKey = case id, the <see cref="OpenCase"/> columns (no snapshot); a closed
/// case's row is a tombstone (<see cref="TerminalColumn"/>, <see cref="VersionColumn"/>) until the sweep removes it.
/// </remarks>
internal static class SearchRows
{
    public const string TextColumn = "Text";

    public static string TailPartition(string digits) => "tail-" + digits;

    public static string RefPartition(string reference) => "ref-" + reference;

    public static string TextPartition(DateTimeOffset receivedUtc) => "text-" + receivedUtc.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <summary>The rows of a new case: 2 without a caller phone (anonymous, R-IN-8), 4 with one.</summary>
    public static IEnumerable<TableEntity> Of(CaseState state, PhoneKeys phoneKeys)
    {
        var key = CaseIndexKeys.NewestFirst(state.Id);
        yield return new TableEntity(TextPartition(state.ReceivedUtc), key) { [TextColumn] = SearchText.Of(state), ["ReceivedUtc"] = state.ReceivedUtc };
        yield return new TableEntity(RefPartition(state.Id.Ref), key);
        if (state.Caller.Phone is { } phone)
        {
            yield return new TableEntity(phoneKeys.Partition(phone), key);
            yield return new TableEntity(TailPartition(SearchText.Tail(phone)), key);
        }
    }

    public const string VersionColumn = "Version";

    /// <summary>Set on the row a closed case leaves (a tombstone): it keeps the version guard, so a late writer of an older, open version cannot bring the row back.</summary>
    public const string TerminalColumn = "Terminal";

    public static TableEntity Open(OpenCase row, int version) => new(row.ProfileId, row.Id.Value)
    {
        [VersionColumn] = version,
        [TerminalColumn] = false,
        ["Status"] = KebabEnum<CaseStatus>.Name(row.Status),
        ["Urgency"] = KebabEnum<Urgency>.Name(row.Urgency),
        ["ReceivedUtc"] = row.ReceivedUtc,
        ["HandlingDueUtc"] = row.HandlingDueUtc,
        ["NextDueUtc"] = row.NextDueUtc,
        ["Unit"] = row.Unit,
        ["BuildingUnit"] = row.BuildingUnit,
        ["UpstreamItem"] = row.UpstreamItem,
        ["FirstOwner"] = row.FirstOwner,
        ["Assignee"] = row.Assignee,

        // Bar-delimited so that a party is matched whole; a few hundred bytes at most (team, ladder, crew).
        ["Parties"] = "|" + string.Join('|', row.Parties) + "|",
        ["Awaiting"] = JsonSerializer.Serialize(row.Awaiting.ToDictionary(p => p.Key, p => KebabEnum<AwaitedStep>.Name(p.Value), StringComparer.Ordinal)),
    };

    /// <summary>The row of a closed case: its version and nothing else the readers could mistake for an open case.</summary>
    public static TableEntity Tombstone(CaseState state) => new(state.ProfileId, state.Id.Value)
    {
        [VersionColumn] = state.Version,
        [TerminalColumn] = true,
    };

    public static bool IsTombstone(TableEntity e) => e.GetBoolean(TerminalColumn) == true;

    public static OpenCase ReadOpen(TableEntity e) => new(
        CaseId.Parse(e.RowKey),
        e.PartitionKey,
        KebabEnum<CaseStatus>.Parse(e.GetString("Status")),
        KebabEnum<Urgency>.Parse(e.GetString("Urgency")),
        e.GetDateTimeOffset("ReceivedUtc") ?? CaseId.Parse(e.RowKey).LocalDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        e.GetDateTimeOffset("HandlingDueUtc"),
        e.GetDateTimeOffset("NextDueUtc"),
        e.GetString("Unit"),
        e.GetString("BuildingUnit"),
        e.GetBoolean("UpstreamItem") ?? false,
        e.GetString("FirstOwner"),
        e.GetString("Assignee"),
        e.GetString("Parties") is { Length: > 2 } parties ? parties.Trim('|').Split('|') : [],
        e.GetString("Awaiting") is { Length: > 2 } awaiting
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(awaiting)!.ToDictionary(p => p.Key, p => KebabEnum<AwaitedStep>.Parse(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, AwaitedStep>(StringComparer.Ordinal));
}
