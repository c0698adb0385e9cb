using Hotline.Domain.Profiles;

namespace Hotline.Domain.Cases;

/// <summary>
/// Paid services (有偿服务, R-FU-9; 001 篇5 §10–15): the fee is told from the price list and the owner agrees before any work;
/// the owner is promised arrival (25 minutes; laundry 15, table rental 10); staff are on site within 20 minutes; when the
/// promise cannot be kept the owner is told the reason within 20 minutes and a new time is agreed. The clock starts when the
/// promise is made, at intake, not when the work order goes out.
/// </summary>
public static partial class CaseMachine
{
    private static Decision.Rejected? RecordFee(Step step, CategoryPolicy category, Intake t)
    {
        if (t.Fee is not { } fee || string.IsNullOrWhiteSpace(fee.Fee))
        {
            return new Decision.Rejected("R-FU-9", $"{category.Name} is a paid service: tell the owner the fee from the price list and record the owner's consent before opening it.");
        }

        var promise = step.Profile.PaidService.PromiseFor(category);
        step.Log(LedgerKind.Opened, $"有偿服务：已告知收费标准（{fee.Fee.Trim()}），业主认可；告知业主{Minutes(promise)}分钟内上门", "R-FU-9", t.By.Id);
        return null;
    }

    private static void ArmPaidService(Step step, CategoryPolicy category)
    {
        var s = step.State;
        var paid = step.Profile.PaidService;
        if (s.ArrivedUtc is not null)
        {
            return;
        }

        // Re-dispatching (reassigned, rerouted) keeps the promise already made to the owner.
        var promised = PaidArrivalPromise(step)!.Value;
        step.Schedule(DeadlineKind.PaidArrivalDue, Later(promised, step.Now));
        if (s.PaidAgreedArrivalUtc is null && paid.WarnFor(category) is not null)
        {
            step.Schedule(DeadlineKind.PaidOnSiteDue, Later(s.ReceivedUtc + paid.OnSiteFor(category), step.Now));
        }
    }

    /// <summary>The arrival the owner was promised, or the new time agreed; null when the category is not paid.</summary>
    private static DateTimeOffset? PaidArrivalPromise(Step step)
    {
        var s = step.State;
        var category = step.Profile.FindCategory(s.Category)!;
        return !category.Paid ? null : s.PaidAgreedArrivalUtc ?? s.ReceivedUtc + step.Profile.PaidService.PromiseFor(category);
    }

    /// <summary>The on-site target passed with nobody there and the owner not yet told: the hotline must tell the owner now.</summary>
    private static void OnPaidNotOnSite(Step step)
    {
        var s = step.State;
        var category = step.Profile.FindCategory(s.Category)!;
        var promised = PaidArrivalPromise(step)!.Value;
        step.Log(LedgerKind.Escalated, $"有偿服务{Minutes(step.Profile.PaidService.OnSiteFor(category))}分钟内未到场：如不能按承诺时间上门，须即向业主说明原因并约定新的时间", "R-FU-9");
        step.Notify(s.FirstOwner, new Notice(NoticeKind.PaidOnSiteLate, DueUtc: promised), "R-FU-9");
        step.Notify(s.Assignee, new Notice(NoticeKind.PaidOnSiteLate, DueUtc: promised), "R-FU-9");
    }

    /// <summary>The promised (or agreed) time passed with nobody on site. Not warning the owner first is reported to the manager.</summary>
    private static void OnPaidArrivalMissed(Step step)
    {
        var s = step.State;
        var promised = PaidArrivalPromise(step)!.Value;
        var warned = s.PaidOwnerWarnedUtc is not null && s.PaidAgreedArrivalUtc is null;
        var why = s.PaidAgreedArrivalUtc is not null ? "未在与业主约定的新时间上门" : warned ? "未在承诺时间内上门" : "未在承诺时间内上门，且未事先告知业主";
        step.Log(LedgerKind.Escalated, $"有偿服务{why}（{step.Profile.Calendar.FormatLocal(promised)}）", "R-FU-9");
        step.Notify(s.FirstOwner, new Notice(NoticeKind.PaidArrivalLate, DueUtc: promised), "R-FU-9");
        if (s.PaidOwnerWarnedUtc is null || s.PaidAgreedArrivalUtc is not null)
        {
            step.Notify(s.Team.Manager, new Notice(NoticeKind.PaidArrivalLate, DueUtc: promised, Subject: s.Assignee), "R-FU-9");
        }
    }

    private static Decision.Rejected? OnPaidDelayAgreed(Step step, PaidDelayAgreed t)
    {
        var s = step.State;
        if (!IsHotline(t.By) && !IsResponsible(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in case {s.Id}.");
        }

        var category = step.Profile.FindCategory(s.Category)!;
        if (!category.Paid)
        {
            return new Decision.Rejected("R-FU-9", $"{category.Name} is not a paid service: it has no promised arrival to move.");
        }

        if (!IsWorking(s) || s.ArrivedUtc is not null)
        {
            return Invalid($"Case {s.Id} is {s.Status}{(s.ArrivedUtc is null ? string.Empty : " and staff are on site")}: there is no arrival to move.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Say what the owner was told: the reason for the delay.");
        }

        if (t.NewTimeUtc <= t.AtUtc)
        {
            return Invalid("The new time agreed with the owner must be later than now.");
        }

        var warnBy = step.Profile.PaidService.WarnFor(category) is { } warn ? s.ReceivedUtc + warn : (DateTimeOffset?)null;
        var late = s.PaidOwnerWarnedUtc is null && warnBy is { } by && t.AtUtc > by ? $"（超过{Minutes(by - s.ReceivedUtc)}分钟才告知业主）" : string.Empty;
        step.State = s with { PaidAgreedArrivalUtc = t.NewTimeUtc, PaidOwnerWarnedUtc = s.PaidOwnerWarnedUtc ?? t.AtUtc };
        step.Cancel(DeadlineKind.PaidOnSiteDue);
        step.Schedule(DeadlineKind.PaidArrivalDue, t.NewTimeUtc);
        step.Log(LedgerKind.Progress, $"已向业主说明原因（{t.Reason.Trim()}），约定新的上门时间 {step.Profile.Calendar.FormatLocal(t.NewTimeUtc)}{late}", "R-FU-9", t.By.Id);
        return null;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static int Minutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes);
}
