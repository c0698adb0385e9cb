using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Service.Running;

public sealed class SchedulerOptions
{
    /// <summary>How often the local runner looks for due wake-ups and pending messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Runs wake-ups and the outbox until neither has anything due (one pass of the local runner).</summary>
public sealed class Scheduler(WakeUpPump pump, OutboxDispatcher dispatcher) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<(int WakeUps, int Messages)> RunUntilQuietAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            int fired = 0, sent = 0;
            for (var round = 0; round < 100; round++)
            {
                var f = await pump.RunDueAsync(cancellationToken);
                var s = await dispatcher.DispatchDueAsync(cancellationToken);
                fired += f;
                sent += s;
                if (f == 0 && s == 0)
                {
                    break;
                }
            }

            return (fired, sent);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>The local runner's loop. Polls on real time; what is due is judged by the injected clock.</summary>
public sealed partial class SchedulerService(Scheduler scheduler, IOptions<SchedulerOptions> options, ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.RunUntilQuietAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage hiccups must not stop the runner: everything it did is committed, the rest is retried next round.
                LogRoundFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, TimeProvider.System, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler round failed; retrying next round")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
