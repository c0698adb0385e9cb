using System.Buffers.Text;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>The search and open-case index of the Table store (rows: <see cref="SearchRows"/>).</summary>
/// <remarks>
/// <para><b>Cost per commit.</b> Creating a case writes its 2–4 search rows (upserts, side by side; nothing in them ever
/// changes). Every commit reads the open-case row's version and replaces it (or deletes it when the case closes): one read
/// and one write. Like the report projection these are written right after the case transaction, so a crash in between
/// leaves them one commit behind: the next commit of the case rewrites the open row, and the reconciler's rebuild
/// (<see cref="RebuildAsync"/>) rewrites both.</para>
/// <para><b>Cost per read.</b> A phone, last-four or reference lookup reads one or two small partitions. Free text reads
/// the <c>Text</c> column of the month partitions in the window, newest first, at most <see cref="MaxScannedPerPage"/> rows a
/// request (then a continuation token). Counts and queues read the open-case rows only: a closed case costs them nothing.</para>
/// </remarks>
public sealed partial class TableCaseStore : ICaseIndex
{
    /// <summary>Free-text rows read by one request at most; the answer then carries a token to read on.</summary>
    private const int MaxScannedPerPage = 5_000;

    private const string TokenPrefix = "x1.";

    public Task<CaseIdPage> ByPhoneAsync(PhoneNumber phone, int max, string? continuationToken, CancellationToken cancellationToken) =>
        KeysAsync([SearchRows.PhonePartition(phone)], max, continuationToken, cancellationToken);

    public Task<CaseIdPage> ByLastDigitsAsync(string digits, int max, string? continuationToken, CancellationToken cancellationToken) =>
        KeysAsync([SearchRows.TailPartition(digits), SearchRows.RefPartition(digits)], max, continuationToken, cancellationToken);

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
                            return new CaseIdPage(found, WriteToken($"{m:yyyyMM}|{after}"));
                        }
                    }

                    after = null;
                }

                return new CaseIdPage(found, null);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var rows = new List<OpenCase>();
                await foreach (var row in _open.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    rows.Add(SearchRows.ReadOpen(row));
                }

                return (IReadOnlyList<OpenCase>)rows;
            },
            cancellationToken);

    /// <summary>The search rows of a new case (idempotent upserts), then the open-case row of every commit.</summary>
    private async Task IndexCommitAsync(CaseState state, bool created, CancellationToken cancellationToken)
    {
        if (created)
        {
            await Task.WhenAll(SearchRows.Of(state).Select(row => _search.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken)));
        }

        await WriteOpenAsync(state, cancellationToken);
    }

    /// <summary>Replaced only through the ETag it was read with and only by a version at least its own, as the report rows are.</summary>
    private async Task WriteOpenAsync(CaseState state, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ProjectionAttempts; attempt++)
        {
            var current = await _open.GetEntityIfExistsAsync<TableEntity>(state.ProfileId, state.Id.Value, ["Version"], cancellationToken);
            if (current.HasValue && current.Value!.GetInt32("Version") > state.Version)
            {
                return;
            }

            try
            {
                if (state.IsTerminal)
                {
                    if (current.HasValue)
                    {
                        await _open.DeleteEntityAsync(state.ProfileId, state.Id.Value, current.Value!.ETag, cancellationToken);
                    }
                }
                else if (current.HasValue)
                {
                    await _open.UpdateEntityAsync(SearchRows.Open(OpenCase.Of(state), state.Version), current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _open.AddEntityAsync(SearchRows.Open(OpenCase.Of(state), state.Version), cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 || (e.Status == 404 && e.ErrorCode != "TableNotFound"))
            {
                // Someone wrote or deleted it since it was read: read again.
            }
        }

        throw new StorageUnavailableException($"The open-case row of case {state.Id} kept changing.");
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
        return bar == 6 && DateTimeOffset.TryParseExact(payload[..6] + "01", "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var month)
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
