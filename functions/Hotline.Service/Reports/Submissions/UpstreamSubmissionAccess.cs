using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;

namespace Hotline.Service.Reports.Submissions;

/// <summary>
/// What the upstream office (物业办, <see cref="Role.Upstream"/>) reads of the report submissions (R-RP-9, issue 11 §5): the
/// reports sent to it, once sent — a submission the profile sends upstream (<see cref="ReportSubmission.GoesUpstream"/>,
/// heating's monthly roll-up, 003 §七 "上报物业办(督办件)") in <see cref="SubmissionStatus.Submitted"/>. Drafts, returned,
/// reviewed or approved reports are the hotline's own work in progress, and the weekly report never leaves the hotline
/// (003 §七: 周报 goes to the manager only), so to the upstream office they do not exist (404, left out of lists). The
/// roll-up reads as submitted: the figures the approver signed off (counts and rates by category, area and unit, no caller
/// data), the review, approval and submission; the returns and the internal reminders are left out.
/// </summary>
/// <remarks>
/// Only the profile's own upstream office reads them (R-PV-1): the office whose directory unit the profile names
/// (<see cref="SupervisionPolicy.UpstreamUnit"/>, heating: 市物业办), as it is the upstream of every case of the
/// profile (<see cref="TeamResolver"/>); another office's contact finds no submission of the profile (404, left out of
/// lists). A profile naming no upstream unit keeps the behaviour from before: every upstream contact reads what it sent
/// upstream (<see cref="ReportReaders.IsUpstreamOfficeOf"/>).
/// </remarks>
public static class UpstreamSubmissionAccess
{
    /// <summary>Whether the reader is the upstream office only, holding no hotline role that takes or reads more.</summary>
    public static bool IsUpstreamOnly(StaffMember member) => ReportReaders.SupervisionItemsOnly(member) && !member.Has(Role.Supervisor);

    /// <summary>Whether <paramref name="reader"/> (upstream only) reads the submission of <paramref name="profile"/>.</summary>
    public static bool Reads(StaffMember reader, Profile profile, ReportSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.GoesUpstream && submission.Status == SubmissionStatus.Submitted && ReportReaders.IsUpstreamOfficeOf(reader, profile);
    }

    /// <summary>The submission as the upstream office received it: without the returns (internal history).</summary>
    public static ReportSubmission AsReceived(ReportSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission with { Returns = [] };
    }

    public const string NoSteps = "The upstream office reads the reports submitted to it; it does not prepare, review, approve or submit them (R-RP-9).";
}
