using Hotline.Service.Reports.QualityChecks;
using Hotline.Service.Reports.Schedule;
using Hotline.Service.Reports.Submissions;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Reports;

/// <summary>
/// The reporting part of the one periodic sweep both hosts run (the local ReconcilerService and the manual clock, the
/// Functions Sweeper): store the closed periods' reports (<see cref="ScheduledReports"/>), remind a missing weekly
/// quality check (<see cref="QualityCheckReminderSweep"/>), remind the report deadlines (<see cref="ReportReminderSweep"/>).
/// The reports come first, so a draft stored this round is already the submission the deadline reminders read.
/// </summary>
public sealed partial class ReportSweep(
    ScheduledReports schedule, QualityCheckReminderSweep qualityChecks, ReportReminderSweep deadlines, ILogger<ReportSweep> logger)
{
    /// <summary>One round; a failing part is logged and the others still run (the next round tries it again).</summary>
    public async Task<ReportSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var stored = await RunPartAsync(nameof(ScheduledReports), () => schedule.RunAsync(cancellationToken)) ?? [];
        var checks = await RunPartAsync(nameof(QualityCheckReminderSweep), () => qualityChecks.RunAsync(cancellationToken));
        var reminders = await RunPartAsync(nameof(ReportReminderSweep), () => deadlines.RunAsync(cancellationToken));
        return new ReportSweepResult(stored, checks, reminders);
    }

    private async Task<T?> RunPartAsync<T>(string part, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, part, e);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report sweep: {Part} failed; retrying next round")]
    private static partial void LogFailed(ILogger logger, string part, Exception exception);
}

/// <param name="Stored">The snapshots stored this round.</param>
/// <param name="QualityCheckReminders">Weekly quality check reminders recorded.</param>
/// <param name="DeadlineReminders">R-RP-9 deadline reminders recorded.</param>
public sealed record ReportSweepResult(IReadOnlyList<string> Stored, int QualityCheckReminders, int DeadlineReminders);
