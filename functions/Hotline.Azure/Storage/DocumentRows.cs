using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Service.Serialization;

namespace Hotline.Azure.Storage;

/// <summary>
/// A whole document (survey, permit) as the JSON of one row, split into <c>Json0</c>…<c>JsonN</c> when longer than a
/// string property holds; the same layout as the case snapshot (<see cref="CaseRows"/>).
/// </summary>
internal static class DocumentRows
{
    private const string JsonColumn = "Json";

    /// <summary>A string property holds at most 64 KiB (32 K UTF-16 characters); stay well under it.</summary>
    private const int ChunkLength = 30_000;

    /// <summary>An entity holds at most 1 MiB; leave room for the other columns.</summary>
    private const int MaxChunks = 16;

    /// <summary><see cref="HotlineJson.Options"/> without escaping Chinese, as for case snapshots.</summary>
    private static readonly JsonSerializerOptions StoredJson = new(HotlineJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(TableEntity entity, T document)
    {
        var json = JsonSerializer.Serialize(document, StoredJson);
        if (json.Length <= ChunkLength)
        {
            entity[JsonColumn] = json;
            return;
        }

        var chunks = (json.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"{entity.RowKey} has {json.Length} characters of JSON; a Table entity holds at most {MaxChunks * ChunkLength}.");
        }

        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkLength;
            entity[JsonColumn + i.ToString(CultureInfo.InvariantCulture)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    public static T Read<T>(TableEntity entity)
    {
        var json = entity.GetString(JsonColumn);
        if (json is null)
        {
            var text = new StringBuilder();
            for (var i = 0; entity.GetString(JsonColumn + i.ToString(CultureInfo.InvariantCulture)) is { } chunk; i++)
            {
                text.Append(chunk);
            }

            json = text.Length > 0 ? text.ToString() : throw new InvalidOperationException($"{entity.RowKey} has no JSON.");
        }

        return JsonSerializer.Deserialize<T>(json, StoredJson) ?? throw new InvalidOperationException($"{entity.RowKey} holds empty JSON.");
    }

    /// <summary>409 on create (the row exists), 412 on replace (it changed), 404 on replace (it is gone): all "changed since read".</summary>
    public static bool IsConflict(global::Azure.RequestFailedException ex) =>
        ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound");
}
