using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Serialization;

namespace Hotline.Azure.Storage;

/// <summary>
/// The rows of a case partition in <c>{prefix}Cases</c>: the <c>state</c> row (snapshot JSON plus the columns
/// list queries filter on) and the append-only <c>evt-NNNNNN</c> ledger rows.
/// </summary>
internal static class CaseRows
{
    public const string StateRowKey = "state";
    public const string LedgerPrefix = "evt-";
    public const string OutboxPrefix = "out-";

    public const string StatusColumn = "Status";
    public const string AssigneeColumn = "Assignee";
    public const string ReceivedColumn = "ReceivedUtc";
    public const string HandlingDueColumn = "HandlingDueUtc";
    public const string NextWakeColumn = "NextWakeUtc";

    /// <summary>Stands for "no handling time limit" so that <c>overdue=false</c> can be written as a plain OData comparison.</summary>
    public static readonly DateTimeOffset NoHandlingDue = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Stands for "no deadline" (and for every terminal case) so that a due scan is a plain <c>NextWakeUtc le X</c>.</summary>
    public static readonly DateTimeOffset NoWakeUp = NoHandlingDue;

    private const string JsonColumn = "Json";

    /// <summary>
    /// <see cref="HotlineJson.Options"/> without escaping non-ASCII: stored JSON is never embedded in HTML, and
    /// escaping would store every Chinese character as six (<c>\u6F0F</c>), filling the 1 MiB entity six times sooner.
    /// </summary>
    internal static readonly JsonSerializerOptions StoredJson = new(HotlineJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A string property holds at most 64 KiB (32 K UTF-16 characters); stay well under it.</summary>
    private const int ChunkLength = 30_000;

    /// <summary>An entity holds at most 1 MiB; leave room for the other columns.</summary>
    private const int MaxChunks = 16;

    public static string LedgerRowKey(int sequence) => LedgerPrefix + sequence.ToString("D6", CultureInfo.InvariantCulture);

    public static string OutboxRowKey(int sequence) => OutboxPrefix + sequence.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The OData condition selecting the rows whose key starts with <paramref name="prefix"/> in one case partition.</summary>
    public static string PrefixFilter(CaseId id, string prefix)
    {
        // "evt-" … "evt." spans every key starting with "evt-" ('.' follows '-' in ordinal order).
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return TableClient.CreateQueryFilter($"PartitionKey eq {id.Value} and RowKey ge {prefix} and RowKey lt {upper}");
    }

    public static TableEntity State(CaseState state)
    {
        var entity = new TableEntity(state.Id.Value, StateRowKey)
        {
            [StatusColumn] = KebabEnum<CaseStatus>.Name(state.Status),
            [ReceivedColumn] = state.ReceivedUtc,
            [HandlingDueColumn] = state.HandlingDueUtc ?? NoHandlingDue,
            [NextWakeColumn] = state.IsTerminal ? NoWakeUp : state.NextWakeUtc ?? NoWakeUp,
            ["Version"] = state.Version,
        };
        if (state.Assignee is { } assignee)
        {
            entity[AssigneeColumn] = assignee.Value;
        }

        WriteJson(entity, JsonSerializer.Serialize(state, StoredJson));
        return entity;
    }

    public static CaseState ReadState(TableEntity entity) =>
        JsonSerializer.Deserialize<CaseState>(ReadJson(entity), StoredJson)
        ?? throw new InvalidOperationException($"Case {entity.PartitionKey} has an empty snapshot.");

    /// <summary>The stored snapshot text of a state row, to tell whether two rows hold the same state.</summary>
    public static string SnapshotJson(TableEntity entity) => ReadJson(entity);

    public static TableEntity Ledger(CaseId id, LedgerEntry entry) =>
        new(id.Value, LedgerRowKey(entry.Sequence)) { [JsonColumn] = JsonSerializer.Serialize(entry, StoredJson) };

    public static LedgerEntry ReadLedger(TableEntity entity) =>
        JsonSerializer.Deserialize<LedgerEntry>(entity.GetString(JsonColumn) ?? "null", StoredJson)
        ?? throw new InvalidOperationException($"Ledger row {entity.PartitionKey}/{entity.RowKey} is empty.");

    /// <summary>Short snapshots go in <c>Json</c>; long ones are split across <c>Json0</c>…<c>JsonN</c>.</summary>
    internal static void WriteJson(TableEntity entity, string json)
    {
        if (json.Length <= ChunkLength)
        {
            entity[JsonColumn] = json;
            return;
        }

        var chunks = (json.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException(
                $"The snapshot of case {entity.PartitionKey} has {json.Length} characters; a Table entity holds at most {MaxChunks * ChunkLength}.");
        }

        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkLength;
            entity[JsonColumn + i.ToString(CultureInfo.InvariantCulture)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    internal static string ReadJson(TableEntity entity)
    {
        if (entity.GetString(JsonColumn) is { } json)
        {
            return json;
        }

        var text = new StringBuilder();
        for (var i = 0; entity.GetString(JsonColumn + i.ToString(CultureInfo.InvariantCulture)) is { } chunk; i++)
        {
            text.Append(chunk);
        }

        return text.Length > 0 ? text.ToString() : throw new InvalidOperationException($"Case {entity.PartitionKey} has no snapshot.");
    }
}
