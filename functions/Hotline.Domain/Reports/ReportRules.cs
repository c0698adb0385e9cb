using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;

namespace Hotline.Domain.Reports;

/// <summary>The definitions every report shares, so that "open" and "overdue" mean the same on every form.</summary>
public static class ReportRules
{
    /// <summary>
    /// Opened (not a call record or a redirect), received at or before <paramref name="asOfUtc"/> and not closed by then.
    /// A case closed later still counts as open at an earlier instant, so past reports stay stable.
    /// </summary>
    public static bool IsOpenAt(CaseState state, DateTimeOffset asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status is not (CaseStatus.Answered or CaseStatus.Redirected)
            && state.ReceivedUtc <= asOfUtc
            && (state.Closure is null || state.Closure.AtUtc > asOfUtc);
    }

    /// <summary>Open, being handled and past its handling limit: the definition the case list uses (CaseQueries.IsOverdue).</summary>
    public static bool IsOverdueAt(CaseState state, DateTimeOffset asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        return IsOpenAt(state, asOfUtc)
            && state.Status is CaseStatus.Dispatched or CaseStatus.InProgress
            && state.HandlingDueUtc <= asOfUtc;
    }

    /// <summary>
    /// Ledger text made fit for a report read by staff with no part in the case (R-PV-1): exactly the masking the case views
    /// use (<see cref="Mask.AboutCaller"/>). The intake line quotes the free-text summary, which callers and agents fill
    /// with the caller's name, room and number.
    /// </summary>
    public static string Scrub(string text, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        return Mask.AboutCaller(text, state.Caller);
    }
}
