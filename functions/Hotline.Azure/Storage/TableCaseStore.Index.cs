using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>The search index of the Table store (rows: <see cref="SearchRows"/>; the open-case rows: TableCaseStore.OpenCases.cs).</summary>
/// <remarks>
/// <para><b>Cost per commit.</b> Creating a case writes its 2–4 search rows (upserts, side by side; nothing in them ever
/// changes) <i>before</i> the case transaction: a crash after the transaction cannot leave a case nobody finds, and a crash
/// before it leaves rows pointing at a case that does not exist, which the readers drop (they read the cases behind the
/// ids). A retried creation and the reconciler's rebuild (<see cref="RebuildAsync"/>) write them again.</para>
/// <para><b>Cost per read.</b> A phone, last-four or reference lookup reads one or two small partitions. Free text reads
/// the <c>Text</c> column of the month partitions in the window, newest first, at most <see cref="MaxScannedPerPage"/> rows a
/// request (then a continuation token).</para>
/// <para><b>No phone in a key.</b> A caller's partition is named by a keyed hash of the number (<see cref="PhoneKeys"/>),
/// since keys are written into request URLs and so into storage and SDK logs (R-PV-1).</para>
/// </remarks>
public sealed partial class TableCaseStore : ICaseIndex
{
    /// <summary>Free-text rows read by one request at most; the answer then carries a token to read on.</summary>
    private const int MaxScannedPerPage = 5_000;

    private const string TokenPrefix = "x1.";

    /// <summary>The phone keys: configured, or the deployment's stored secret, read once (again after a failed read).</summary>
    private Task<PhoneKeys>? _phoneKeys;

    public async Task<CaseIdPage> ByPhoneAsync(PhoneNumber phone, int max, string? continuationToken, CancellationToken cancellationToken)
    {
        var keys = await StorageErrors.GuardAsync(PhoneKeysAsync, cancellationToken);
        return await KeysAsync([keys.Partition(phone)], max, continuationToken, cancellationToken);
    }

    /// <summary>Four digits are a phone's tail or a reference; more (a day past 9,999 cases) can only be a reference.</summary>
    public Task<CaseIdPage> ByLastDigitsAsync(string digits, int max, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return KeysAsync(
            digits.Length == 4 ? [SearchRows.TailPartition(digits), SearchRows.RefPartition(digits)] : [SearchRows.RefPartition(digits)],
            max, continuationToken, cancellationToken);
    }

    public Task<CaseIdPage> ByTextAsync(
        SearchTerm.ForText term, DateTimeOffset sinceUtc, DateTimeOffset untilUtc, int max, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var (month, after) = ReadTextToken(continuationToken, untilUtc);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var found = new List<CaseId>();
                var scanned = 0;
                for (var m = month; m >= Month(sinceUtc); m = m.AddMonths(-1))
                {
                    var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SearchRows.TextPartition(m)} and RowKey gt {after ?? string.Empty}");
                    await foreach (var row in _search.QueryAsync<TableEntity>(filter, 1000, ["RowKey", SearchRows.TextColumn, "ReceivedUtc"], cancellationToken))
                    {
                        scanned++;
                        after = row.RowKey;
                        var received = row.GetDateTimeOffset("ReceivedUtc");
                        if (received >= sinceUtc && received <= untilUtc && SearchText.Matches(row.GetString(SearchRows.TextColumn) ?? string.Empty, term))
                        {
                            found.Add(CaseIndexKeys.FromNewestFirst(row.RowKey));
                        }

                        if (found.Count == max || scanned == MaxScannedPerPage)
                        {
                            return new CaseIdPage(found, WriteToken(string.Create(CultureInfo.InvariantCulture, $"{m:yyyyMM}|{after}")));
                        }
                    }

                    after = null;
                }

                return new CaseIdPage(found, null);
            },
            cancellationToken);
    }

    /// <summary>The search rows of a new case (idempotent upserts, side by side).</summary>
    private async Task WriteSearchRowsAsync(CaseState state, CancellationToken cancellationToken)
    {
        var keys = await PhoneKeysAsync();
        await Task.WhenAll(SearchRows.Of(state, keys).Select(row => _search.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken)));
    }

    private Task<PhoneKeys> PhoneKeysAsync()
    {
        var known = Volatile.Read(ref _phoneKeys);
        if (known is null || known.IsFaulted || known.IsCanceled)
        {
            known = PhoneKeys.StoredAsync(_counters, CancellationToken.None);
            Volatile.Write(ref _phoneKeys, known);
        }

        return known;
    }

    /// <summary>The newest-first keys of the partitions, merged: one partition for a phone, two for four digits.</summary>
    private Task<CaseIdPage> KeysAsync(string[] partitions, int max, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var after = continuationToken is null ? string.Empty : ReadToken(continuationToken);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var partition in partitions)
                {
                    var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after}");
                    var taken = 0;
                    await foreach (var row in _search.QueryAsync<TableEntity>(filter, Math.Min(max + 1, 1000), ["RowKey"], cancellationToken))
                    {
                        keys.Add(row.RowKey);
                        if (++taken > max)
                        {
                            break;
                        }
                    }
                }

                var page = keys.Take(max).ToList();
                return new CaseIdPage([.. page.Select(CaseIndexKeys.FromNewestFirst)], keys.Count > max ? WriteToken(page[^1]) : null);
            },
            cancellationToken);
    }

    private static DateTimeOffset Month(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);

    private static (DateTimeOffset Month, string? After) ReadTextToken(string? token, DateTimeOffset untilUtc)
    {
        if (token is null)
        {
            return (Month(untilUtc), null);
        }

        var payload = ReadToken(token);
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        return bar == 6 && DateTimeOffset.TryParseExact(payload[..6] + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var month)
            ? (month.ToUniversalTime(), payload[(bar + 1)..])
            : throw new FormatException($"'{token}' is not a continuation token of this search.");
    }

    private static string WriteToken(string payload) => TokenPrefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));

    private static string ReadToken(string token)
    {
        if (token.StartsWith(TokenPrefix, StringComparison.Ordinal) && token.Length <= 512)
        {
            try
            {
                return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(TokenPrefix.Length)));
            }
            catch (FormatException)
            {
                // reported below
            }
        }

        throw new FormatException($"'{token}' is not a continuation token of this search.");
    }
}
