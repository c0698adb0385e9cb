using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    private const string SequencePartition = "seq";
    private const string CounterColumn = "Value";
    private const string ClaimRowKey = "claim";
    private const string ClaimColumn = "CaseId";
    private const int MaxCounterAttempts = 100;

    /// <summary>
    /// Read, then write the next value only if nobody else did in between (409/412 → read again). Callers in this process
    /// take turns: under load every concurrent intake would otherwise race for the one counter row and most would lose
    /// (the benchmark saw intakes fail after 100 lost rounds); the optimistic loop is left for other hosts sharing it.
    /// </summary>
    public async Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken)
    {
        await _counterTurn.WaitAsync(cancellationToken);
        try
        {
            return await NextSequenceRacingOtherHostsAsync(localDay, cancellationToken);
        }
        finally
        {
            _counterTurn.Release();
        }
    }

    /// <remarks>
    /// The last value this host wrote, with its ETag, is kept: the next number is then one conditional write, not a read
    /// and a write, which matters because intakes queue up behind this turn. Another host having written meanwhile shows
    /// as a 412, and the row is read again.
    /// </remarks>
    private Task<int> NextSequenceRacingOtherHostsAsync(DateOnly localDay, CancellationToken cancellationToken)
    {
        var rowKey = localDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return StorageErrors.GuardAsync(
            async () =>
            {
                for (var attempt = 1; attempt <= MaxCounterAttempts; attempt++)
                {
                    var known = _lastCounter is { } last && last.RowKey == rowKey ? last : await ReadCounterAsync(rowKey, cancellationToken);
                    var next = known.Value + 1;
                    var row = new TableEntity(SequencePartition, rowKey) { [CounterColumn] = next };
                    try
                    {
                        var written = known.ETag is { } etag
                            ? await _counters.UpdateEntityAsync(row, etag, TableUpdateMode.Replace, cancellationToken)
                            : await _counters.AddEntityAsync(row, cancellationToken);
                        _lastCounter = new CounterRow(rowKey, next, written.Headers.ETag);
                        return next;
                    }
                    catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                    {
                        // Another host took a number (or our cached row is stale): read again, backing off with jitter.
                        _lastCounter = null;
                        await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 5 + (attempt * 5))), cancellationToken);
                    }
                }

                throw new InvalidOperationException($"The case number counter for {rowKey} stayed contended for {MaxCounterAttempts} attempts.");
            },
            cancellationToken);
    }

    private async Task<CounterRow> ReadCounterAsync(string rowKey, CancellationToken cancellationToken)
    {
        var current = await _counters.GetEntityIfExistsAsync<TableEntity>(SequencePartition, rowKey, cancellationToken: cancellationToken);
        return current.HasValue && current.Value is { } row
            ? new CounterRow(rowKey, row.GetInt32(CounterColumn) ?? 0, row.ETag)
            : new CounterRow(rowKey, 0, null);
    }

    /// <param name="ETag">Null while the day's row does not exist yet.</param>
    private sealed record CounterRow(string RowKey, int Value, ETag? ETag);

    /// <summary>The key is stored as its SHA-256 (it may be long or hold characters keys may not), the first claimant's case id beside it.</summary>
    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var partitionKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _idempotency.AddEntityAsync(new TableEntity(partitionKey, ClaimRowKey) { [ClaimColumn] = candidate.Value }, cancellationToken);
                    return candidate;
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    var claimed = await _idempotency.GetEntityIfExistsAsync<TableEntity>(partitionKey, ClaimRowKey, cancellationToken: cancellationToken);
                    return claimed.HasValue && claimed.Value!.GetString(ClaimColumn) is { } id
                        ? CaseId.Parse(id)
                        : throw new InvalidOperationException("An idempotency claim vanished right after it was made; claims are never deleted.");
                }
            },
            cancellationToken);
    }
}
