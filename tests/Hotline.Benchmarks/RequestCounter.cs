using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Benchmarks;

/// <summary>
/// Counts Table storage requests by kind. Added per retry, so every attempt that goes on the wire is counted,
/// retries included (and counted again separately).
/// </summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private long _retries;

    /// <summary>The table prefix of the store being measured, left out of the kind so kinds read "query Cases".</summary>
    public string TablePrefix { get; set; } = string.Empty;

    public long Total => _byKind.Values.Sum();

    public long Retries => Interlocked.Read(ref _retries);

    public IReadOnlyList<KeyValuePair<string, long>> ByKind() => [.. _byKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)];

    public void Reset()
    {
        _byKind.Clear();
        Interlocked.Exchange(ref _retries, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        _byKind.AddOrUpdate(Kind(message.Request), 1, (_, n) => n + 1);
        if (message.ProcessingContext.RetryNumber > 0)
        {
            Interlocked.Increment(ref _retries);
        }
    }

    private string Kind(Request request)
    {
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        var table = paren < 0 ? segment : segment[..paren];
        table = table.StartsWith(TablePrefix, StringComparison.Ordinal) ? table[TablePrefix.Length..] : table;
        var method = request.Method;
        if (segment == "$batch")
        {
            return "transaction ($batch)";
        }

        if (table == "Tables")
        {
            return "create/delete table";
        }

        if (segment.EndsWith("()", StringComparison.Ordinal))
        {
            return "query " + table;
        }

        var operation = method == RequestMethod.Get ? "point read"
            : method == RequestMethod.Delete ? "delete"
            : method == RequestMethod.Patch ? "merge"
            : method == RequestMethod.Post ? "insert"
            : method == RequestMethod.Put && request.Headers.Contains("If-Match") ? "replace (If-Match)"
            : method == RequestMethod.Put ? "upsert"
            : method.Method;
        return operation + " " + table;
    }
}
