using Hotline.Service.Orchestration;
using Hotline.Service.Reports;

namespace Hotline.Local.Durable;

/// <summary>
/// Once a minute, the <see cref="CaseReconciler"/>: a case whose deadline passed well ago without its orchestration acting
/// (it failed, was terminated, or was never started after a crash right after intake) is started or refreshed. The
/// Functions app runs the same reconciler from a timer trigger.
/// </summary>
/// <remarks>
/// The same round runs the reporting (<see cref="ReportSweep"/>: the closed periods' reports stored, the R-RP-1 and R-RP-9
/// reminders): one periodic sweep, not a second scheduler. With the manual clock this service is not run; POST /api/clock
/// runs the same round after moving the clock.
/// </remarks>
public sealed partial class ReconcilerService(
    CaseReconciler reconciler, ICaseOrchestrations orchestrations, ReportSweep reports, ILogger<ReconcilerService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await reconciler.RunAsync(orchestrations, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A storage hiccup must not stop the safety net; the next round looks again.
                LogFailed(logger, e);
            }

            try
            {
                await reports.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRemindersFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciler round failed; retrying next minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report round failed; retrying next minute")]
    private static partial void LogRemindersFailed(ILogger logger, Exception exception);
}
