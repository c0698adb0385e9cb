namespace Hotline.Domain.Cases;

/// <summary>The deadline a list shows for a case, and when it counts as near (so that the console can make it stand out).</summary>
public static class CaseDeadlines
{
    /// <summary>
    /// A deadline within this much time counts as near. A fixed window rather than a share of the deadline's span: the
    /// spans run from the emergency ladder's minutes to days, and a dispatcher plans the next two hours of a shift, so two
    /// hours is what "needs my attention now" means on the desk. Local default, not from a seed.
    /// </summary>
    public static TimeSpan NearWindow { get; } = TimeSpan.FromHours(2);

    /// <summary>Calendar reviews, not promises to anyone: the Monday review and the quarter end are not "the case's next deadline".</summary>
    private static readonly DeadlineKind[] Housekeeping = [DeadlineKind.WeeklyReview, DeadlineKind.QuarterEnd, DeadlineKind.BreachDecisionDue];

    /// <summary>The earliest deadline the open case waits for, reviews aside; null for a closed case or one without any.</summary>
    public static DateTimeOffset? NextDue(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsTerminal || state.Deadlines.IsDefaultOrEmpty)
        {
            return null;
        }

        var due = state.Deadlines.Where(d => !Housekeeping.Contains(d.Kind)).Select(d => (DateTimeOffset?)d.DueUtc).Min();
        return due;
    }

    /// <summary>The next deadline falls within <see cref="NearWindow"/> of <paramref name="now"/>, or has passed without being acted on.</summary>
    public static bool IsNear(CaseState state, DateTimeOffset now) => NextDue(state) is { } due && due - now <= NearWindow;
}
