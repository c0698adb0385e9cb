using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>Projects a case onto the flat <see cref="CaseFacts"/> the KPI arithmetic reads (R-RP-2).</summary>
/// <remarks>
/// The choices, each one a reading of the seeds:
/// <list type="bullet">
/// <item>Answered on the spot (R-IN-3) and redirected to the building (R-IN-4) are call records: never opened, nothing owed.</item>
/// <item>The first response is due within the profile's feedback window after opening (R-RP-2; 24 h by default, R-FU-11),
/// whatever the profile's own follow-up timers are; any acknowledgement, progress note or completion is the response.</item>
/// <item>A revisit is owed on a case once it was completed (R-RV-3): forced closures were never completed and
/// owe none. A case completed, revisited C and reopened still owed (and got) that revisit. A profile whose seed asks for
/// no closing revisit (park dispatch closes on the signed slip, 001 篇2 §3.3.1; its revisits are the surveys, R-RV-7) owes
/// none, so its revisit rate counts only the revisits actually made.</item>
/// <item>The rating is the last closing revisit's (the one that decided closure); stage revisits are counted by
/// the monthly summary's form count, not here.</item>
/// <item>The service area is the one the owner rated at the last revisit, else the category's area in the profile.</item>
/// <item>The dispatcher (<see cref="CaseFacts.ReceivedBy"/>) is the current first-question owner: a recorded
/// hand-over (004) moves the accountability, and with it the case on the monthly summary.</item>
/// <item>With an as-of instant, everything that happened after it is ignored, so a past period's figures do not
/// change when its cases move on.</item>
/// </list>
/// </remarks>
public static class CaseFactsMapper
{
    private static readonly TimeSpan DefaultFeedbackWindow = TimeSpan.FromHours(24);

    public static CaseFacts From(CaseState state, IReadOnlyList<LedgerEntry>? ledger) => From(state, ledger, profile: null, asOfUtc: null);

    /// <param name="ledger">Gives the instant the case was opened; without it the receipt time stands in (intake opens in the same decision).</param>
    /// <param name="profile">Gives the category's service area when no revisit named one.</param>
    /// <param name="asOfUtc">Ignore what happened after this instant; null for the case as it stands.</param>
    public static CaseFacts From(CaseState state, IReadOnlyList<LedgerEntry>? ledger, Profile? profile, DateTimeOffset? asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        var asOf = asOfUtc ?? DateTimeOffset.MaxValue;
        bool By(DateTimeOffset? at) => at is { } t && t <= asOf;

        var callRecord = state.Status is CaseStatus.Answered or CaseStatus.Redirected;
        var opened = ledger?.Where(e => e.Kind == LedgerKind.Opened).Select(e => (DateTimeOffset?)e.AtUtc).Min() ?? state.ReceivedUtc;
        var revisits = state.Revisits.IsDefaultOrEmpty ? [] : state.Revisits.Where(r => By(r.AtUtc)).ToList();
        var closing = revisits.LastOrDefault(r => r.Stage == RevisitStage.Closing);
        var closure = state.Closure is { } c && By(c.AtUtc) ? c : null;
        var resolved = closure?.Outcome == ClosureOutcome.Resolved;

        return new CaseFacts
        {
            CaseId = state.Id.Value,
            IsCallRecord = callRecord,
            Category = state.Category,
            ServiceArea = revisits.LastOrDefault(r => r.ServiceArea is not null)?.ServiceArea
                ?? profile?.FindCategory(state.Category)?.ServiceArea,
            LinkedUnit = state.LinkedUnit,
            Unit = callRecord ? null : state.UnitOfHead,
            Assignee = state.Assignee?.Value,
            ReceivedBy = state.FirstOwner.Value,
            OpenedUtc = opened,
            FeedbackDueUtc = callRecord ? null : FeedbackDue(opened, profile),
            FeedbackUtc = callRecord || !By(state.FirstResponseUtc) ? null : state.FirstResponseUtc,
            NeedsRevisit = !callRecord && (closing is not null || (OwesRevisit(profile) && (By(state.CompletedUtc) || resolved))),
            RevisitedUtc = closing?.AtUtc,
            Rating = closing?.Rating,
            Closed = resolved,
            ForceClosed = closure?.Outcome == ClosureOutcome.ForceClosed,
            ClosedUtc = closure?.AtUtc,
        };
    }

    /// <summary>Without a profile the default window (R-FU-11) stands in.</summary>
    private static DateTimeOffset FeedbackDue(DateTimeOffset opened, Profile? profile) =>
        profile is null ? opened + DefaultFeedbackWindow : profile.Calendar.Resolve(opened, profile.FeedbackWithin);

    /// <summary>Whether the profile owes a closing revisit on finished cases; unknown profile: yes (the rule's default).</summary>
    private static bool OwesRevisit(Profile? profile) => profile is null || profile.Revisit.Within is not null;
}
