using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>
/// 周报 (R-RP-4, heating) and the Monday list (R-FU-3): what came in and what was closed during one ISO week,
/// and every case still open at the week's end — the unresolvable ones marked for the manager to confirm.
/// </summary>
/// <param name="Received">Everything received in the week, call records included (R-IN-3).</param>
/// <param name="Closed">Closed as resolved during the week, whenever received.</param>
/// <param name="ForceClosed">Force-closed during the week (R-CL-7), whenever received.</param>
public sealed record WeeklyReport(
    string ProfileId,
    ReportPeriod Week,
    DateTimeOffset AsOfUtc,
    int Received,
    int CallRecords,
    int Opened,
    int Closed,
    int ForceClosed,
    IReadOnlyList<WeeklyCategoryRow> ByCategory,
    IReadOnlyList<OpenCaseLine> OpenAtWeekEnd)
{
    public int Overdue => OpenAtWeekEnd.Count(c => c.Overdue);

    /// <summary>R-FU-3: the cases that cannot be handled, for the manager to confirm or to set a new approach.</summary>
    public IReadOnlyList<OpenCaseLine> ForManager => [.. OpenAtWeekEnd.Where(c => c.Status == CaseStatus.Unresolvable)];

    public static WeeklyReport Build(Profile profile, DateOnly anyDayOfWeek, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var week = ReportPeriod.Week(profile.Calendar, anyDayOfWeek);
        var asOf = week.AsOf(nowUtc);
        var mine = cases.Where(c => c.State.ProfileId == profile.Id && c.State.ReceivedUtc < week.EndUtc && c.State.ReceivedUtc <= asOf).ToList();

        var received = mine.Where(c => week.Contains(c.State.ReceivedUtc)).Select(c => c.State).ToList();
        var closedIn = mine.Select(c => c.State).Where(s => s.Closure is { } k && week.Contains(k.AtUtc) && k.AtUtc <= asOf).ToList();
        var open = mine
            .Where(c => ReportRules.IsOpenAt(c.State, asOf))
            .OrderBy(c => c.State.ReceivedUtc)
            .ThenBy(c => c.State.Id.Value, StringComparer.Ordinal)
            .Select(c => OpenCaseLine.Of(c, asOf))
            .ToList();

        var categories = received.Select(s => s.Category).Concat(closedIn.Select(s => s.Category)).Concat(open.Select(o => o.Category))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(cat => new WeeklyCategoryRow(
                cat,
                received.Count(s => s.Category == cat),
                closedIn.Count(s => s.Category == cat && s.Closure!.Outcome == ClosureOutcome.Resolved),
                closedIn.Count(s => s.Category == cat && s.Closure!.Outcome == ClosureOutcome.ForceClosed),
                open.Count(o => o.Category == cat),
                open.Count(o => o.Category == cat && o.Overdue)))
            .ToList();

        var callRecords = received.Count(s => s.Status is CaseStatus.Answered or CaseStatus.Redirected);
        return new WeeklyReport(
            profile.Id, week, asOf, received.Count, callRecords, received.Count - callRecords,
            closedIn.Count(s => s.Closure!.Outcome == ClosureOutcome.Resolved),
            closedIn.Count(s => s.Closure!.Outcome == ClosureOutcome.ForceClosed),
            categories, open);
    }
}

public sealed record WeeklyCategoryRow(string Category, int Received, int Closed, int ForceClosed, int Open, int Overdue);
