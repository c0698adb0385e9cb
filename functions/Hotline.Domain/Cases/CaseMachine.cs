using Hotline.Domain.Calendar;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Cases;

/// <summary>
/// The case workflow as one pure function: <c>Decide(state, trigger, profile)</c> returns the next state, the
/// commands to carry out and the next wake-up, or a rejection that names the rule. No clock, no I/O: the
/// Durable orchestration and the local runner both only feed triggers in and carry commands out.
/// </summary>
public static partial class CaseMachine
{
    internal static readonly DeadlineSpec DefaultReview = DeadlineSpec.Parse("monday@09:00");

    public static Decision Decide(CaseState? state, CaseTrigger trigger, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(profile);

        if (state is null)
        {
            return trigger is Intake intake
                ? DecideIntake(intake, profile)
                : new Decision.Rejected(Rejection.Invalid, "A case begins with an intake.");
        }

        if (trigger is Intake)
        {
            return new Decision.Rejected(Rejection.Invalid, $"Case {state.Id} already exists.");
        }

        if (state.ProfileId != profile.Id)
        {
            throw new ArgumentException($"Case {state.Id} runs under profile '{state.ProfileId}', not '{profile.Id}'.", nameof(profile));
        }

        if (trigger.AtUtc < state.ReceivedUtc)
        {
            return new Decision.Rejected(Rejection.Invalid, "A trigger cannot happen before the case was received.");
        }

        var step = new Step(state, profile, trigger.AtUtc);
        switch (trigger)
        {
            case ClockTick:
                OnClock(step);
                return step.Accept();
            case DeliveryFailed failed:
                OnDeliveryFailed(step, failed);
                return step.Accept();
            case AttemptRefused refused:
                OnAttemptRefused(step, refused);
                return step.Accept();
        }

        if (state.IsTerminal && step.Profile.Revisit.AfterClosure && trigger is RevisitResult or RevisitNotReached)
        {
            var revisit = trigger is RevisitResult result ? OnRevisitAfterClosure(step, result) : OnNotReachedAfterClosure(step, (RevisitNotReached)trigger);
            return revisit ?? (Decision)step.Accept();
        }

        // The first-question record may still be completed after closure: the department's completion notice, the
        // reception record and breaches (R-FQ-1..3) are records about people, not steps of the work.
        if (trigger is ReceptionRecorded or CompletionNotice or OpenBreach or DecideBreach)
        {
            var recorded = trigger switch
            {
                ReceptionRecorded t => OnReceptionRecorded(step, t),
                CompletionNotice t => OnCompletionNotice(step, t),
                OpenBreach t => OnOpenBreach(step, t),
                _ => OnDecideBreach(step, (DecideBreach)trigger),
            };
            return recorded ?? (Decision)step.Accept();
        }

        if (IsQualityTrigger(trigger))
        {
            return OnQualityRecord(step, trigger) ?? (Decision)step.Accept();
        }

        if (state.IsTerminal)
        {
            return trigger is SecondComplaint
                ? new Decision.Rejected("R-FU-8", $"Case {state.Id} is {state.Status}; a new complaint opens a new case.")
                : new Decision.Rejected(Rejection.Invalid, $"Case {state.Id} is {state.Status}; nothing more can happen to it.");
        }

        var rejection = trigger switch
        {
            Acknowledge t => OnAcknowledge(step, t),
            Arrived t => OnArrived(step, t),
            ProgressNote t => OnProgress(step, t),
            Complete t => OnComplete(step, t),
            CannotResolve t => OnCannotResolve(step, t),
            Approve t => OnApprove(step, t),
            RevisitResult t => OnRevisit(step, t),
            RevisitNotReached t => OnRevisitNotReached(step, t),
            SecondComplaint t => OnSecondComplaint(step, t),
            Reassign t => OnReassign(step, t),
            Route t => OnRoute(step, t),
            HandOver t => OnHandOver(step, t),
            Suspend t => OnSuspend(step, t),
            Resume t => OnResume(step, t),
            LinkRelated t => OnLinkRelated(step, t),
            RelatedResolved t => OnRelatedResolved(step, t),
            LeaderInstruction t => OnInstruction(step, t),
            UpstreamDeadline t => OnUpstreamDeadline(step, t),
            ReportUpstream t => OnReportUpstream(step, t),
            AssignDepartment t => OnAssignDepartment(step, t),
            Close t => OnClose(step, t),
            Decline t => OnDecline(step, t),
            HandOverToDepartment t => OnHandOverToDepartment(step, t),
            PaidDelayAgreed t => OnPaidDelayAgreed(step, t),
            SlipCopyReceived t => OnSlipCopyReceived(step, t),
            _ => new Decision.Rejected(Rejection.Invalid, $"Unknown trigger {trigger.GetType().Name}."),
        };

        return rejection ?? (Decision)step.Accept();
    }

    private static Decision.Rejected Forbidden(string rule, string reason) => new(rule, reason);

    private static Decision.Rejected Invalid(string reason) => new(Rejection.Invalid, reason);
}
