using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports.Submissions;

/// <summary>
/// The chain of R-RP-9 (003 §七: 专线员 prepares → 经营科科长 审核 → 经理 审批 → 上报物业办): each step checks the
/// actor's role first (403) and then that the report is at that step (409), and returns the next state. Pure: the
/// instant is passed in and the figures come as the already-built snapshot.
/// </summary>
public static class ReportSubmissionFlow
{
    /// <summary>Prepares the period's report, or prepares it again after a return (new figures, the return kept).</summary>
    public static ReportSubmission Generate(
        ReportApprovalPolicy? policy, string profileId, ReportKind kind, ReportPeriod period, StaffMember by, DateTimeOffset nowUtc, string snapshot, ReportSubmission? existing)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(by);
        var chain = Chain(policy, profileId, kind);
        Require(chain.MayPrepare(by), $"{by.Id} is not a hotline agent nor the reviewer ({chain.Reviewer}); only they prepare reports.");
        if (existing is { Status: not (SubmissionStatus.Generated or SubmissionStatus.Returned) })
        {
            throw OutOfOrder($"The {existing.Period} report is {Name(existing.Status)} already; its figures no longer change.");
        }

        return new ReportSubmission(
            ReportSubmission.IdFor(profileId, kind, period.FirstDay), profileId, kind, period.FirstDay, period.LastDay, SubmissionStatus.Generated,
            by.Id, nowUtc, period.AsOf(nowUtc), snapshot, chain.GoesUpstream(kind), null, null, null, existing?.Returns ?? [], (existing?.Version ?? 0) + 1);
    }

    /// <summary>经营科科长 审核.</summary>
    public static ReportSubmission Review(ReportApprovalPolicy? policy, ReportSubmission submission, StaffMember by, string? comment, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(by);
        var chain = Chain(policy, submission.ProfileId, submission.Kind);
        Require(chain.Reviewer.Matches(by), $"Only the reviewer ({chain.Reviewer}) reviews reports; {by.Id} is not.");
        At(submission, SubmissionStatus.Generated, "reviewed");
        return Next(submission) with { Status = SubmissionStatus.Reviewed, Review = new SubmissionStep(by.Id, nowUtc, comment) };
    }

    /// <summary>经理 审批, after the review and by another person than the reviewer (two pairs of eyes).</summary>
    public static ReportSubmission Approve(ReportApprovalPolicy? policy, ReportSubmission submission, StaffMember by, string? comment, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(by);
        var chain = Chain(policy, submission.ProfileId, submission.Kind);
        Require(chain.Approver.Matches(by), $"Only the approver ({chain.Approver}) approves reports; {by.Id} is not.");
        At(submission, SubmissionStatus.Reviewed, "approved");
        if (submission.Review!.By == by.Id)
        {
            throw OutOfOrder($"{by.Id} reviewed this report; another person approves it.");
        }

        return Next(submission) with { Status = SubmissionStatus.Approved, Approval = new SubmissionStep(by.Id, nowUtc, comment) };
    }

    /// <summary>Sends the report back with a reason: before review by the reviewer, after review by the approver.</summary>
    public static ReportSubmission Return(ReportApprovalPolicy? policy, ReportSubmission submission, StaffMember by, string reason, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(by);
        var chain = Chain(policy, submission.ProfileId, submission.Kind);
        Require(chain.Reviewer.Matches(by) || chain.Approver.Matches(by), $"Only the reviewer ({chain.Reviewer}) or the approver ({chain.Approver}) returns reports.");
        var holder = submission.Status switch
        {
            SubmissionStatus.Generated => chain.Reviewer,
            SubmissionStatus.Reviewed => chain.Approver,
            _ => throw OutOfOrder($"The report is {Name(submission.Status)}; only a report waiting for review or approval can be returned."),
        };
        if (!holder.Matches(by))
        {
            throw OutOfOrder($"The report is {Name(submission.Status)} and waits for the {holder}, not for {by.Id}.");
        }

        return Next(submission) with
        {
            Status = SubmissionStatus.Returned,
            Review = null,
            Returns = [.. submission.Returns, new SubmissionReturn(by.Id, nowUtc, reason, submission.Status)],
        };
    }

    /// <summary>上报: the approved report goes upstream, with the upstream office's reference.</summary>
    public static ReportSubmission Submit(ReportApprovalPolicy? policy, ReportSubmission submission, StaffMember by, string reference, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(by);
        var chain = Chain(policy, submission.ProfileId, submission.Kind);
        Require(chain.MayPrepare(by), $"{by.Id} is not a hotline agent nor the reviewer ({chain.Reviewer}); only they submit reports upstream.");
        if (!submission.GoesUpstream)
        {
            throw OutOfOrder($"{submission.Kind} reports of {submission.ProfileId} are not submitted upstream; approval is their last step.");
        }

        At(submission, SubmissionStatus.Approved, "submitted upstream");
        return Next(submission) with { Status = SubmissionStatus.Submitted, Upstream = new UpstreamSubmission(by.Id, nowUtc, reference) };
    }

    private static ReportApprovalPolicy Chain(ReportApprovalPolicy? policy, string profileId, ReportKind kind) =>
        policy is not null && policy.Covers(kind)
            ? policy
            : throw OutOfOrder($"Profile {profileId} has no approval chain for {Name(kind)} reports (reporting.approval).");

    private static void At(ReportSubmission submission, SubmissionStatus expected, string step)
    {
        if (submission.Status != expected)
        {
            throw OutOfOrder($"The report is {Name(submission.Status)}; it can be {step} only when it is {Name(expected)}.");
        }
    }

    private static ReportSubmission Next(ReportSubmission submission) => submission with { Version = submission.Version + 1 };

    private static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new SubmissionRefusedException(RefusalKind.WrongRole, message);
        }
    }

    private static SubmissionRefusedException OutOfOrder(string message) => new(RefusalKind.OutOfOrder, message);

    private static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
