using Hotline.Service.Orchestration;

namespace Hotline.Local.Durable;

/// <summary>
/// Once a minute, the <see cref="CaseReconciler"/>: a case whose deadline passed well ago without its orchestration acting
/// (it failed, was terminated, or was never started after a crash right after intake) is started or refreshed. The
/// Functions app runs the same reconciler from a timer trigger.
/// </summary>
public sealed partial class ReconcilerService(CaseReconciler reconciler, ICaseOrchestrations orchestrations, ILogger<ReconcilerService> logger) : BackgroundService
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
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciler round failed; retrying next minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
