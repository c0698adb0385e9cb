using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hotline.Benchmarks;

/// <summary>
/// Counts this process's HTTP requests to Azurite's blob, queue and table ports. It listens to .NET's own
/// <c>System.Net.Http</c> meter (one <c>http.client.request.duration</c> measurement per request on the wire, retries
/// included), so it sees every storage client alike — the Durable Task Framework's blob/queue/table clients and the case
/// tables — without hooks in either. Only one engine runs at a time, so a window's count belongs to that engine.
/// </summary>
public sealed class StorageRequestCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<int, string> _kinds;
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public StorageRequestCounter(int blobPort, int queuePort, int tablePort)
    {
        _kinds = new() { [blobPort] = "blob", [queuePort] = "queue", [tablePort] = "table" };
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Count(tags));
        _listener.Start();
    }

    public RequestCounts Snapshot() => new(Get("blob"), Get("queue"), Get("table"), Get("table-read"));

    private long Get(string kind) => _counts.TryGetValue(kind, out var n) ? n : 0;

    private void Count(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? kind = null;
        var read = false;
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port" && tag.Value is int port)
            {
                _kinds.TryGetValue(port, out kind);
            }
            else if (tag.Key == "http.request.method")
            {
                read = tag.Value as string == "GET";
            }
        }

        if (kind is not null)
        {
            _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
            if (kind == "table" && read)
            {
                _counts.AddOrUpdate("table-read", 1, (_, n) => n + 1);
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>Storage requests by kind (<paramref name="TableReads"/>: the GETs among the table requests); subtract two snapshots for a window.</summary>
public sealed record RequestCounts(long Blob, long Queue, long Table, long TableReads)
{
    public long Total => Blob + Queue + Table;

    public static RequestCounts operator -(RequestCounts a, RequestCounts b) =>
        new(a.Blob - b.Blob, a.Queue - b.Queue, a.Table - b.Table, a.TableReads - b.TableReads);
}
