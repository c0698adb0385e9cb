namespace Hotline.Domain.Kpi;

/// <summary>
/// The facts about one case or call record that the KPIs are computed from: a flat, already
/// projected snapshot so that the arithmetic stays pure and independent of the case model.
/// </summary>
/// <remarks>
/// A call record (<see cref="IsCallRecord"/>) is a question answered on the spot: it is counted in
/// the volume statistics (R-IN-3) but never in the feedback, revisit, satisfaction or closure KPIs,
/// because it was never opened and nothing was owed on it.
/// </remarks>
public sealed record CaseFacts
{
    public required string CaseId { get; init; }

    /// <summary>Answered on the spot and logged, not opened (R-IN-3).</summary>
    public bool IsCallRecord { get; init; }

    public required string Category { get; init; }

    /// <summary>
    /// Code of the revisit form's service area the case belongs to (see <see cref="ServiceAreas"/>);
    /// null when not classified.
    /// </summary>
    public string? ServiceArea { get; init; }

    /// <summary>12319: the second-level linked unit the complaint is about (R-DS-8); null for every other case.</summary>
    public string? LinkedUnit { get; init; }

    /// <summary>
    /// The responsible unit (heating: the station) the case went to — the building on the GM hotline (R-DS-7), else the
    /// routed unit; null for call records and while routing is unclear. The reports screen's per-unit table.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>Staff id of the person responsible for handling; null while unassigned.</summary>
    public string? Assignee { get; init; }

    /// <summary>Staff id of the person who took the call (first-question owner).</summary>
    public required string ReceivedBy { get; init; }

    /// <summary>When the case was opened, or when the call record was logged.</summary>
    public required DateTimeOffset OpenedUtc { get; init; }

    /// <summary>When the first response is due (R-FU-11: 24 h); null when no feedback is owed.</summary>
    public DateTimeOffset? FeedbackDueUtc { get; init; }

    /// <summary>When the first response was given; null while none has been given.</summary>
    public DateTimeOffset? FeedbackUtc { get; init; }

    /// <summary>True when a revisit is owed on this case (the case model decides when).</summary>
    public bool NeedsRevisit { get; init; }

    public DateTimeOffset? RevisitedUtc { get; init; }

    /// <summary>The rating returned at the revisit; null when none was returned.</summary>
    public SatisfactionRating? Rating { get; init; }

    public bool Closed { get; init; }

    /// <summary>Closed unresolved with the manager's approval (forced closure, R-CL-7).</summary>
    public bool ForceClosed { get; init; }

    public DateTimeOffset? ClosedUtc { get; init; }

    /// <summary>A forced closure is a closure, whether or not <see cref="Closed"/> was also set.</summary>
    public bool IsClosed => Closed || ForceClosed;
}
