using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// "My queue" (<c>GET /api/cases?queue=mine</c>) and the counts (<c>GET /api/cases/counts</c>), both decided on the
/// open-case index rows (<see cref="ICaseIndex.OpenAsync"/>, read once a request): a row carries the first owner, the
/// assignee and what awaits each party, so membership, order and counts need no case read; the queue then reads only the
/// cases of the page it returns (their current state for the summaries).
/// </summary>
public static class QueueHandlers
{
    public sealed record CaseCountsView(IReadOnlyDictionary<string, int> ByStatus, int Overdue, int NearDeadline, int Emergency, int Mine);

    /// <summary>
    /// Open cases where the viewer is first owner or assignee, or something awaits them (<see cref="OpenCase.IsInQueueOf"/>),
    /// each with <c>awaiting</c>; emergencies first, then by the next deadline, then oldest first.
    /// </summary>
    public static async Task<IResult> MineAsync(HttpContext context, CaseFinder finder, int pageSize, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(finder);
        var skip = 0;
        if (continuationToken is not null && !(continuationToken.StartsWith('q') && int.TryParse(continuationToken.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out skip)))
        {
            return Problems.Validation("continuationToken", $"'{continuationToken}' is not a continuation token of this queue.");
        }

        var mine = Mine(finder, await finder.Index.OpenAsync(context.RequestAborted))
            .OrderBy(r => r.Urgency == Urgency.Emergency ? 0 : 1).ThenBy(r => r.NextDueUtc ?? DateTimeOffset.MaxValue).ThenBy(r => r.ReceivedUtc).ToList();
        var page = await finder.VisibleAsync(mine.Skip(skip).Take(pageSize).Select(r => r.Id), context.RequestAborted);
        var next = skip + pageSize < mine.Count ? "q" + (skip + pageSize).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Ok(new CaseListView([.. page.Where(s => !s.IsTerminal).Select(finder.Summary)], next));
    }

    public static Task<IResult> CountsAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var finder = await CaseFinder.ForAsync(services, caller, context.RequestAborted);
            var open = await finder.Index.OpenAsync(context.RequestAborted);
            var rows = open.Where(finder.Sees).ToList();
            var now = finder.Now;
            var byStatus = rows.GroupBy(r => CaseViews.Kebab(r.Status)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var overdue = rows.Count(r => CaseQueries.IsOverdue(r.Status, r.HandlingDueUtc, now));
            var near = rows.Count(r => !CaseQueries.IsOverdue(r.Status, r.HandlingDueUtc, now) && r.NextDueUtc is { } due && due - now <= CaseDeadlines.NearWindow);
            var emergency = rows.Count(r => r.Urgency == Urgency.Emergency);
            return Results.Ok(new CaseCountsView(byStatus, overdue, near, emergency, Mine(finder, rows).Count()));
        });

    /// <summary>The viewer's open cases among the rows: those they may see and whose queue they are in.</summary>
    private static IEnumerable<OpenCase> Mine(CaseFinder finder, IEnumerable<OpenCase> rows) =>
        rows.Where(r => finder.Sees(r) && r.IsInQueueOf(finder.Viewer.Member));
}
