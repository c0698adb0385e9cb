using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports;

/// <summary>
/// 投诉调度记录月总结表 (R-RP-1): one line per dispatcher for the cases received in a local calendar month, the
/// figures taken at the month's end (or now, while it runs). The manager comments and signs it; until then the
/// comment and signature are unset.
/// </summary>
/// <param name="Overall">The whole hotline's line; null in the copy an agent sees (<see cref="OnlyFor"/>).</param>
public sealed record MonthlySummary(
    string ProfileId,
    int Year,
    int Month,
    ReportPeriod Period,
    DateTimeOffset AsOfUtc,
    IReadOnlyList<DispatcherLine> Dispatchers,
    DispatcherLine? Overall,
    string? ManagerComment = null,
    string? SignedBy = null,
    DateTimeOffset? SignedUtc = null)
{
    public bool IsSigned => SignedBy is not null;

    /// <summary>The manager's monthly comment and signature (R-RP-1); a summary is signed once.</summary>
    /// <exception cref="InvalidOperationException">Already signed, or the signer is not a manager.</exception>
    public MonthlySummary Sign(Actor manager, string comment, DateTimeOffset atUtc)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        if (IsSigned)
        {
            throw new InvalidOperationException($"The summary for {Year}-{Month:D2} was already signed by {SignedBy}.");
        }

        if (!manager.Has(Role.Manager))
        {
            throw new InvalidOperationException($"R-RP-1: the monthly summary is signed by the manager, not {manager.Id}.");
        }

        return this with { ManagerComment = comment.Trim(), SignedBy = manager.Id.Value, SignedUtc = atUtc.ToUniversalTime() };
    }

    /// <summary>The copy a dispatcher sees: their own line only, no hotline total.</summary>
    public MonthlySummary OnlyFor(StaffId dispatcher) =>
        this with { Dispatchers = [.. Dispatchers.Where(d => d.Dispatcher == dispatcher.Value)], Overall = null };
}

/// <summary>One dispatcher's month (null <see cref="Dispatcher"/> for the whole hotline).</summary>
/// <param name="Received">Cases and call records received (R-IN-3).</param>
/// <param name="AnsweredOnSpot">Call records: answered on the spot, not opened (R-IN-3).</param>
/// <param name="Redirected">GM hotline: first-time requests sent back to the building (R-IN-4).</param>
/// <param name="Closed">Closed as resolved.</param>
/// <param name="ForceClosed">Closed unresolved with the manager's approval (R-CL-7).</param>
/// <param name="Revisits">Revisit forms returned, stage and closing (R-RV-2).</param>
/// <param name="Satisfaction">
/// R-RP-3 over the returned forms: (A + B) / returned. A case rated C and later put right keeps its C here, while
/// <see cref="Kpi"/>'s satisfaction reads only the rating each case ended with.
/// </param>
/// <param name="Kpi">R-RP-2 on the opened cases: feedback timeliness, revisit rate, satisfaction, closure rate.</param>
/// <param name="KpiTargetsMet">False when any KPI misses its target, null when no KPI had both a target and anything to measure.</param>
/// <param name="Accountability">R-RP-7 records made this month on the dispatcher's cases, against whoever was held to account.</param>
/// <param name="Penalties">Those records per person, with the profile's penalty range summed.</param>
public sealed record DispatcherLine(
    string? Dispatcher,
    int Received,
    int Opened,
    int AnsweredOnSpot,
    int Redirected,
    int Closed,
    int ForceClosed,
    int Revisits,
    KpiValue Satisfaction,
    KpiReport Kpi,
    bool? KpiTargetsMet,
    IReadOnlyList<AccountabilityRecord> Accountability,
    IReadOnlyList<PersonPenalty> Penalties)
{
    public KpiValue FeedbackTimeliness => Kpi.FeedbackTimeliness;
}
