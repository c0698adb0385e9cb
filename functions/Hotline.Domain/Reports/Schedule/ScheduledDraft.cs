using Hotline.Domain.Reports.Submissions;

namespace Hotline.Domain.Reports.Schedule;

/// <summary>
/// R-RP-9 started by the schedule: where the profile's chain covers the report, the stored weekly or monthly figures become
/// the submission's draft (status generated, prepared by <see cref="ReportSchedule.By"/>), so the reviewer has a report
/// waiting without anyone pressing "generate". An agent may still prepare it again (<see cref="ReportSubmissionFlow.Generate"/>).
/// </summary>
public static class ScheduledDraft
{
    /// <summary>The draft, or null where the profile's chain does not cover this kind.</summary>
    public static ReportSubmission? For(ReportApprovalPolicy? chain, DueSnapshot due, DateTimeOffset nowUtc, string figures)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.SubmissionKind(chain) is not { } kind)
        {
            return null;
        }

        var period = due.Period;
        return new ReportSubmission(
            ReportSubmission.IdFor(due.ProfileId, kind, period.FirstDay), due.ProfileId, kind, period.FirstDay, period.LastDay, SubmissionStatus.Generated,
            ReportSchedule.By, nowUtc, period.AsOf(nowUtc), figures, chain!.GoesUpstream(kind), null, null, null, [], 1);
    }
}
