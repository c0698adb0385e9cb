using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Sms;

/// <summary>
/// Renders a case machine notice to SMS text. Staff recipients are people with a part in the case, so they see
/// the address; the caller's name and phone never go into staff SMS (R-PV-1) — staff read them in the case view.
/// </summary>
public static class NoticeRenderer
{
    public static string Render(Notice notice, CaseState state, Profile profile, Func<StaffId, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(nameOf);
        var reference = state.Id.Ref;
        var category = profile.FindCategory(state.Category)?.Name ?? state.Category;
        var address = state.Caller.Address;
        var summary = state.Summary;
        string Due() => notice.DueUtc is { } due ? profile.Calendar.FormatLocal(due) : "尽快";
        string Subject() => notice.Subject is { } who ? nameOf(who) : "责任人";
        string Level(int index) =>
            !state.Team.ManagerLadder.IsDefaultOrEmpty && index >= 0 && index < state.Team.ManagerLadder.Length
                ? nameOf(state.Team.ManagerLadder[index]) : "上级";

        return notice.Kind switch
        {
            NoticeKind.TaskAssigned => SmsTemplates.TaskAssigned(reference, category, address, summary, Due()),
            NoticeKind.FollowUp => SmsTemplates.FollowUp(reference, summary),
            NoticeKind.EndOfDayReminder => SmsTemplates.EndOfDayReminder(reference),
            NoticeKind.NotArrangedEscalation => SmsTemplates.NotArrangedEscalation(reference, Subject(), summary),
            NoticeKind.MajorReport => SmsTemplates.MajorReport(reference, summary),
            NoticeKind.EmergencyAlert => SmsTemplates.EmergencyAlert(reference, summary, address),
            NoticeKind.EmergencyCrew => SmsTemplates.EmergencyCrew(reference, summary, address),
            NoticeKind.EmergencyLadder => SmsTemplates.EmergencyLadder(reference, summary, Level(notice.Level)),
            NoticeKind.SecondComplaint => SmsTemplates.SecondComplaint(reference, Level(notice.Level - 1)),
            NoticeKind.Overdue => SmsTemplates.Overdue(reference, Due()),
            NoticeKind.FirstResponseOverdue => SmsTemplates.FirstResponseOverdue(reference, Subject()),
            NoticeKind.SevenDayEscalation => SmsTemplates.SevenDayEscalation(reference, notice.Level),
            NoticeKind.WeeklyReview => SmsTemplates.WeeklyReview(reference, summary),
            NoticeKind.UnresolvableReview => SmsTemplates.UnresolvableReview(reference, notice.Text ?? state.CannotResolveReason ?? summary),
            NoticeKind.DailyFollowUp => SmsTemplates.DailyFollowUp(reference),
            NoticeKind.StageRevisitDue => SmsTemplates.StageRevisitDue(reference),
            NoticeKind.RevisitDue => SmsTemplates.RevisitDue(reference),
            NoticeKind.ApprovalRequest => SmsTemplates.ApprovalRequest(reference, Enum.Parse<ApprovalKind>(notice.Text ?? nameof(ApprovalKind.Closure))),
            NoticeKind.RoutingRequest => SmsTemplates.RoutingRequest(reference, summary),
            NoticeKind.Reopened => SmsTemplates.Reopened(reference, summary),
            NoticeKind.PaidOnSiteLate => SmsTemplates.PaidOnSiteLate(reference, Due()),
            NoticeKind.PaidArrivalLate => SmsTemplates.PaidArrivalLate(reference, Due()),
            NoticeKind.UpstreamReport => SmsTemplates.UpstreamReport(
                reference, state.Upstream?.Number ?? reference, notice.Text ?? string.Empty, finished: state.Status is CaseStatus.Completed or CaseStatus.Closed),
            NoticeKind.WrittenTransfer => SmsTemplates.WrittenTransfer(reference, summary, Due()),
            NoticeKind.UpstreamMajorReport => SmsTemplates.UpstreamMajorReport(reference, category, summary),
            NoticeKind.UpstreamWrittenNotice => SmsTemplates.UpstreamWrittenNotice(reference, state.Upstream?.Number ?? reference, summary),
            NoticeKind.SecondRevisitDue => SmsTemplates.SecondRevisitDue(reference),
            NoticeKind.ResultForRecord => SmsTemplates.ResultForRecord(reference, category, notice.Text ?? string.Empty),
            NoticeKind.ClosedCaseDissatisfied => SmsTemplates.ClosedCaseDissatisfied(reference, summary),
            NoticeKind.UpstreamReportDue => SmsTemplates.UpstreamReportDue(reference, state.Upstream?.Number ?? reference),
            NoticeKind.CallerAccepted => SmsTemplates.CallerAccepted(state.Id.Value, Due()),
            NoticeKind.CallerRedirected => SmsTemplates.CallerRedirected(notice.Text ?? state.Caller.Property),
            NoticeKind.CallerResult => SmsTemplates.CallerResult(state.Id.Value, notice.Text ?? string.Empty),
            NoticeKind.AssessmentDue => SmsTemplates.AssessmentDue(reference, Subject()),
            NoticeKind.CorrectiveActionDue => SmsTemplates.CorrectiveActionDue(reference, summary),

            // Issue 10, first-question duty (004).
            NoticeKind.FirstQuestionDutyEnded => SmsTemplates.FirstQuestionDutyEnded(reference, Subject(), notice.Text ?? string.Empty),
            NoticeKind.BreachDecisionOverdue => SmsTemplates.BreachDecisionOverdue(reference, notice.Level, Subject(), Due()),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, "No SMS text for this notice."),
        };
    }
}
