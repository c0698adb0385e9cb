using Hotline.Domain.Profiles;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static void RouteOrDispatch(Step step)
    {
        var team = step.State.Team;
        if (team.Unit is null || (team.Supervisor is null && team.Implementer is null))
        {
            step.State = step.State with { Status = CaseStatus.AwaitingRouting };
            step.Notify(team.Coordinator ?? team.Manager, new Notice(NoticeKind.RoutingRequest), "R-DS-5");
            return;
        }

        Dispatch(step);
    }

    /// <summary>Tell the unit head (or the implementer when there is no head) and start the follow-up clock (R-DS-1, R-FU-1, R-FU-2).</summary>
    private static void Dispatch(Step step)
    {
        var p = step.Profile;
        var team = step.State.Team;
        var to = team.Supervisor ?? team.Implementer;
        var category = p.FindCategory(step.State.Category)!;
        step.State = step.State with
        {
            Status = CaseStatus.Dispatched,
            DispatchedUtc = step.Now,
            AcknowledgedUtc = null,
            Assignee = to,
        };
        var due = step.State.HandlingDueUtc ?? HandlingDue(step, category);
        step.Notify(to, new Notice(NoticeKind.TaskAssigned, DueUtc: due), "R-DS-1");
        step.Log(LedgerKind.Dispatched, $"派单至 {team.Unit}：{to}", "R-DS-5");
        RecordTransfer(step, category);
        if (p.Dispatch.NotifyOfficeHead && team.OfficeHead is { } head && head != to)
        {
            step.Notify(head, new Notice(NoticeKind.TaskAssigned, DueUtc: due), "R-DS-2");
        }

        if (p.Dispatch.AcknowledgeWithin is { } ackWithin && team.Supervisor is not null
            && team.Implementer is { } implementer && implementer != team.Supervisor)
        {
            step.Schedule(DeadlineKind.AcknowledgeTimeout, p.Calendar.Resolve(ClockFrom(step), ackWithin));
        }

        if (category.Paid)
        {
            ArmPaidService(step, category);
        }

        if (category.ArriveWithin is { } arrive)
        {
            step.Schedule(DeadlineKind.ArrivalDue, p.Calendar.Resolve(ClockFrom(step), arrive));
        }

        ArmWork(step, due);
    }

    /// <summary>The follow-up and handling timers of active work: at dispatch, on resuming, on reopening.</summary>
    private static void ArmWork(Step step, DateTimeOffset handlingDue)
    {
        var p = step.Profile;
        var calendar = p.Calendar;
        step.State = step.State with { HandlingDueUtc = handlingDue };
        step.Schedule(DeadlineKind.HandlingDue, handlingDue);
        if (p.FollowUp.First is not { } firstSpec)
        {
            return;
        }

        var first = calendar.Resolve(ClockFrom(step), firstSpec);
        step.Schedule(DeadlineKind.FirstFollowUp, first);
        if (p.FollowUp.EndOfDay)
        {
            // R-FU-2: before the close of the working day the first follow-up falls in; when the lead would put it
            // before the first follow-up, halfway between the first follow-up and the close.
            var close = calendar.EndOfWorkingDay(first);
            var second = close - p.FollowUp.EndOfDayLead;
            step.Schedule(DeadlineKind.EndOfDayFollowUp, second > first ? second : first + ((close - first) / 2));
        }
    }

    /// <summary>The upstream deadline, else the category's limit, else the profile default (R-FU-7, R-FU-10).</summary>
    private static DateTimeOffset HandlingDue(Step step, CategoryPolicy category)
    {
        var p = step.Profile;
        if (step.State.Upstream?.DueUtc is { } upstreamDue)
        {
            return upstreamDue;
        }

        var spec = category.Handling ?? p.Intake.DefaultTimeLimit ?? DefaultReview;
        return p.Calendar.Resolve(ClockFrom(step), spec);
    }
}
