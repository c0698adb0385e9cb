using System.Text.Json;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;

namespace Hotline.Service.Reports.Submissions;

/// <summary>
/// R-RP-9: builds a report's figures once, stores them with the submission, and applies each step of the chain
/// (<see cref="ReportSubmissionFlow"/>) under the stored version. The weekly snapshot is the <see cref="WeeklyReport"/>;
/// the monthly one the <see cref="MonthlyStatistics"/> (the roll-up that goes upstream — the per-dispatcher summary of
/// R-RP-1 stays internal, signed by the manager on its own).
/// </summary>
public sealed class ReportSubmissionService(IReportSubmissions submissions, ICaseStore cases, TimeProvider time, IReportSignatures? signatures = null)
{
    public async Task<ReportSubmission> GenerateAsync(Profile profile, ReportKind kind, DateOnly anyDay, StaffMember by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var chain = profile.Reporting.Approval;
        var period = kind == ReportKind.Weekly ? ReportPeriod.Week(profile.Calendar, anyDay) : ReportPeriod.Month(profile.Calendar, anyDay.Year, anyDay.Month);
        var existing = await submissions.GetAsync(profile.Id, ReportSubmission.IdFor(profile.Id, kind, period.FirstDay), cancellationToken);
        var now = time.GetUtcNow();

        // Refuse before the (paged) report build when the step cannot be taken anyway.
        _ = ReportSubmissionFlow.Generate(chain, profile.Id, kind, period, by, now, string.Empty, existing);
        var reports = new ReportService(cases, time, signatures);
        var snapshot = kind == ReportKind.Weekly
            ? JsonSerializer.Serialize(await reports.WeeklyAsync(profile, anyDay, cancellationToken), HotlineJson.Options)
            : JsonSerializer.Serialize((await reports.MonthlyAsync(profile, anyDay.Year, anyDay.Month, cancellationToken)).Statistics, HotlineJson.Options);
        var generated = ReportSubmissionFlow.Generate(chain, profile.Id, kind, period, by, now, snapshot, existing);
        return await SaveAsync(generated, existing?.Version ?? 0, cancellationToken);
    }

    /// <summary>Applies one step to the stored submission; null when there is none with that id.</summary>
    public async Task<ReportSubmission?> StepAsync(
        Profile profile, string id, Func<ReportApprovalPolicy?, ReportSubmission, DateTimeOffset, ReportSubmission> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(step);
        if (await submissions.GetAsync(profile.Id, id, cancellationToken) is not { } current)
        {
            return null;
        }

        return await SaveAsync(step(profile.Reporting.Approval, current, time.GetUtcNow()), current.Version, cancellationToken);
    }

    private async Task<ReportSubmission> SaveAsync(ReportSubmission next, int expectedVersion, CancellationToken cancellationToken) =>
        await submissions.TrySaveAsync(next, expectedVersion, cancellationToken)
            ? next
            : throw new SubmissionRefusedException(RefusalKind.OutOfOrder, $"The {next.Period} report was changed by someone else meanwhile; read it again.");
}
