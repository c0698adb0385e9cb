using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Service.Cases;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>
/// The reports screen's drill-down filters on <c>GET /api/cases</c>: a figure of the monthly report lists its cases with
/// the same keys the report groups by — <c>profile</c>, <c>month</c> (yyyy-MM, the profile's local calendar month of
/// receipt), <c>category</c>, <c>firstOwner</c> (the dispatcher line of R-RP-1), <c>unit</c> (responsible unit / station),
/// <c>linkedUnit</c> (12319, R-DS-8) and <c>serviceArea</c> (R-RP-3). A key given empty (<c>unit=</c>) selects the report's
/// "none" row. The keys are read off <see cref="CaseFactsMapper"/>, as the report reads them, taken at the month's end
/// when a month is given.
/// </summary>
/// <remarks>
/// The store filters on its own query columns only (status, assignee, receipt time, overdue); these keys are matched on
/// each page it returns, so a page may hold fewer cases than <c>pageSize</c>, even none, with a continuation token — the
/// list's callers already follow the token until it is null. The month narrows the store's receipt-time range, so a
/// month's drill-down reads that month's cases only.
/// </remarks>
public sealed record CaseListFilter(
    Profile? Profile, ReportPeriod? Month, ListKey? Category, ListKey? FirstOwner, ListKey? Unit, ListKey? LinkedUnit, ListKey? ServiceArea)
{
    private static readonly string[] Keys = ["category", "firstOwner", "unit", "linkedUnit", "serviceArea"];

    public bool IsEmpty => Profile is null && Month is null && Category is null && FirstOwner is null && Unit is null && LinkedUnit is null && ServiceArea is null;

    /// <summary>Reads the filters; a <c>month</c> needs a calendar, the given profile's or the deployment's default one.</summary>
    public static CaseListFilter Read(IQueryCollection query, ProfileRegistry profiles, Validation v)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(v);
        Profile? profile = null;
        if (query.TryGetValue("profile", out var profileText))
        {
            profile = profiles.Find(profileText.ToString().Trim());
            if (profile is null)
            {
                v.Add("profile", $"'{profileText}' is not a loaded profile; one of: {string.Join(", ", profiles.All.Select(p => p.Id).Order(StringComparer.Ordinal))}.");
            }
        }

        ReportPeriod? month = null;
        if (query.ContainsKey("month"))
        {
            if (query.ContainsKey("from") || query.ContainsKey("to"))
            {
                v.Add("month", "Give a month or from/to, not both.");
            }
            else if (v.Date(query["month"].FirstOrDefault(), "month", "yyyy-MM") is { } first)
            {
                month = ReportPeriod.Month((profile ?? profiles.Default).Calendar, first.Year, first.Month);
            }
        }

        var keys = Keys.Select(name => KeyOf(query, name, v)).ToArray();
        return new CaseListFilter(profile, month, keys[0], keys[1], keys[2], keys[3], keys[4]);
    }

    /// <summary>Whether a case the store returned has the keys asked for; the profile of each case decides its service area.</summary>
    public bool Matches(CaseState state, ProfileRegistry profiles)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(profiles);
        if (Profile is not null && state.ProfileId != Profile.Id)
        {
            return false;
        }

        if (Category is null && FirstOwner is null && Unit is null && LinkedUnit is null && ServiceArea is null)
        {
            return true;
        }

        var facts = CaseFactsMapper.From(state, null, profiles.Find(state.ProfileId), Month?.EndUtc);
        return Hits(Category, facts.Category) && Hits(FirstOwner, facts.ReceivedBy) && Hits(Unit, facts.Unit)
            && Hits(LinkedUnit, facts.LinkedUnit) && Hits(ServiceArea, facts.ServiceArea);
    }

    private static bool Hits(ListKey? key, string? value) => key is null || string.Equals(key.Value, value, StringComparison.Ordinal);

    private static ListKey? KeyOf(IQueryCollection query, string name, Validation v)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        var text = raw.ToString().Trim();
        if (text.Length > 100)
        {
            v.Add(name, $"At most 100 characters (got {text.Length}).");
            return null;
        }

        return new ListKey(text.Length == 0 ? null : text);
    }
}

/// <summary>A drill-down key's value; null is the report's "none" row (no unit, no linked unit, no service area).</summary>
public sealed record ListKey(string? Value);
