using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// <c>GET /api/cases</c> for staff who see only the cases they have a part in or their unit's (field staff; see
/// <see cref="Domain.Privacy.CaseVisibility"/>): served from the open-case index, where their cases are found by the rows'
/// parties and units without reading the thousands of cases they may not see. Open cases only; both orders hold across
/// pages (the rows carry receipt time and next deadline). The drill-down keys that need the whole case (category, unit, …)
/// are matched on the page's cases, so such a page may hold fewer than asked.
/// </summary>
public static class OpenCaseList
{
    private const string TokenPrefix = "o";

    /// <summary>Whether the list of this viewer and filter comes from the open-case index: not for desk roles, not for a closed status.</summary>
    public static bool Serves(CaseFinder finder, CaseStatus? status)
    {
        ArgumentNullException.ThrowIfNull(finder);
        return !Domain.Privacy.CaseVisibility.SeesEveryCase(finder.Viewer.Member) && status is not (CaseStatus.Closed or CaseStatus.Answered or CaseStatus.Redirected);
    }

    /// <exception cref="FormatException">The continuation token is not one this list issued.</exception>
    public static async Task<CaseListView> ListAsync(
        CaseFinder finder, CaseQuery query, Urgency? urgency, CaseListFilter drill, ProfileRegistry profiles, bool byDeadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(drill);
        var skip = 0;
        if (query.ContinuationToken is { } token
            && !(token.StartsWith(TokenPrefix, StringComparison.Ordinal) && int.TryParse(token.AsSpan(TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out skip)))
        {
            throw new FormatException($"'{token}' is not a continuation token of this list.");
        }

        var asOf = query.AsOfUtc ?? finder.Now;
        var rows = (await finder.Index.OpenAsync(cancellationToken)).Where(r =>
            finder.Sees(r)
            && (query.Status is null || r.Status == query.Status)
            && (query.Assignee is null || r.Assignee == query.Assignee)
            && (query.FromUtc is null || r.ReceivedUtc >= query.FromUtc)
            && (query.ToUtc is null || r.ReceivedUtc < query.ToUtc)
            && (query.Overdue is null || CaseQueries.IsOverdue(r.Status, r.HandlingDueUtc, asOf) == query.Overdue)
            && (urgency is null || r.Urgency == urgency)
            && (drill.Profile is null || r.ProfileId == drill.Profile.Id));
        var ordered = (byDeadline
            ? rows.OrderBy(r => r.NextDueUtc ?? DateTimeOffset.MaxValue).ThenBy(r => CaseIndexKeys.NewestFirst(r.Id), StringComparer.Ordinal)
            : rows.OrderBy(r => CaseIndexKeys.NewestFirst(r.Id), StringComparer.Ordinal)).ToList();
        var cases = await finder.VisibleAsync(ordered.Skip(skip).Take(query.PageSize).Select(r => r.Id), cancellationToken);
        var next = skip + query.PageSize < ordered.Count ? TokenPrefix + (skip + query.PageSize).ToString(CultureInfo.InvariantCulture) : null;
        return new CaseListView([.. cases.Where(s => drill.IsEmpty || drill.Matches(s, profiles)).Select(finder.Summary)], next);
    }
}
