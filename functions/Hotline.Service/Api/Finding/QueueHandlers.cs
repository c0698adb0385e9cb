using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// "My queue" (<c>GET /api/cases?queue=mine</c>) and the counts (<c>GET /api/cases/counts</c>), both read from the
/// open-case index (<see cref="ICaseIndex.OpenAsync"/>): closed cases cost them nothing, and only the cases that may be
/// the viewer's are read whole (to tell what awaits them).
/// </summary>
public static class QueueHandlers
{
    public sealed record CaseCountsView(IReadOnlyDictionary<string, int> ByStatus, int Overdue, int NearDeadline, int Emergency, int Mine);

    /// <summary>
    /// Open cases where the viewer is first owner or assignee, or something awaits them (<see cref="CaseAwaiting"/>), each
    /// with <c>awaiting</c>; emergencies first, then by the next deadline, then oldest first.
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

        var mine = await MineAsync(finder, context.RequestAborted);
        var ordered = mine.OrderBy(s => s.Urgency == Urgency.Emergency ? 0 : 1).ThenBy(s => CaseDeadlines.NextDue(s) ?? DateTimeOffset.MaxValue).ThenBy(s => s.ReceivedUtc).ToList();
        var page = ordered.Skip(skip).Take(pageSize).ToList();
        var next = skip + pageSize < ordered.Count ? "q" + (skip + pageSize).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Ok(new CaseListView([.. page.Select(finder.Summary)], next));
    }

    public static Task<IResult> CountsAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var finder = await CaseFinder.ForAsync(services, caller, context.RequestAborted);
            var rows = (await finder.Index.OpenAsync(context.RequestAborted)).Where(finder.Sees).ToList();
            var now = finder.Now;
            var byStatus = rows.GroupBy(r => CaseViews.Kebab(r.Status)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var overdue = rows.Count(r => r.IsOverdue(now));
            var near = rows.Count(r => !r.IsOverdue(now) && r.NextDueUtc is { } due && due - now <= CaseDeadlines.NearWindow);
            var emergency = rows.Count(r => r.Urgency == Urgency.Emergency);
            var mine = (await MineAsync(finder, context.RequestAborted)).Count;
            return Results.Ok(new CaseCountsView(byStatus, overdue, near, emergency, mine));
        });

    /// <summary>The viewer's open cases: candidates from the index rows (a party, or a coordinator for routing), then read whole.</summary>
    private static async Task<IReadOnlyList<CaseState>> MineAsync(CaseFinder finder, CancellationToken cancellationToken)
    {
        var me = finder.Viewer.Member;
        var coordinator = me.Has(Role.Coordinator);
        var candidates = (await finder.Index.OpenAsync(cancellationToken))
            .Where(r => r.Parties.Contains(me.Id.Value) || (coordinator && r.Status == CaseStatus.AwaitingRouting))
            .Select(r => r.Id);
        var cases = await finder.VisibleAsync(candidates, cancellationToken);
        return [.. cases.Where(s => !s.IsTerminal && (s.FirstOwner == me.Id || s.Assignee == me.Id || finder.Awaiting(s) is not null))];
    }
}
