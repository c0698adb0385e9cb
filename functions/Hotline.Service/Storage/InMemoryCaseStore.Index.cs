using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;

namespace Hotline.Service.Storage;

/// <summary>
/// The search and open-case lookups over the cases in memory. This store holds what a test, a demo or the benchmark
/// makes, so it answers by scanning its cases under the lock (as <see cref="DueAsync"/> does); the Table store keeps the
/// index rows that make the same answers cheap at city scale. The contract tests hold both to the same answers.
/// </summary>
public sealed partial class InMemoryCaseStore : ICaseIndex
{
    private const string TokenPrefix = "m1.";

    public Task<CaseIdPage> ByPhoneAsync(PhoneNumber phone, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Page(s => s.Caller.Phone == phone, max, continuationToken);

    public Task<CaseIdPage> ByLastDigitsAsync(string digits, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Page(s => (s.Caller.Phone is { } p && SearchText.Tail(p) == digits) || s.Id.Ref == digits, max, continuationToken);

    public Task<CaseIdPage> ByTextAsync(
        SearchTerm.ForText term, DateTimeOffset sinceUtc, DateTimeOffset untilUtc, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Page(s => s.ReceivedUtc >= sinceUtc && s.ReceivedUtc <= untilUtc && SearchText.Matches(SearchText.Of(s), term), max, continuationToken);

    public Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OpenCase>>([.. _cases.Values.Select(e => e.State).Where(s => !s.IsTerminal).Select(s => OpenCase.Of(s, _profiles(s.ProfileId)))]);
        }
    }

    private Task<CaseIdPage> Page(Func<CaseState, bool> wanted, int max, string? token)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        string? after = null;
        if (token is not null)
        {
            after = token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? token[TokenPrefix.Length..] : throw new FormatException($"'{token}' is not a continuation token of this search.");
        }

        lock (_gate)
        {
            var keys = _cases.Values.Select(e => e.State).Where(wanted).Select(s => CaseIndexKeys.NewestFirst(s.Id))
                .Where(k => after is null || string.CompareOrdinal(k, after) > 0).Order(StringComparer.Ordinal).Take(max + 1).ToList();
            var more = keys.Count > max;
            var page = keys.Take(max).ToList();
            return Task.FromResult(new CaseIdPage([.. page.Select(CaseIndexKeys.FromNewestFirst)], more ? TokenPrefix + page[^1] : null));
        }
    }
}
