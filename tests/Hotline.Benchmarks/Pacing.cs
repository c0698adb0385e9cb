using System.Diagnostics;

namespace Hotline.Benchmarks;

/// <summary>Open-loop load and polling waits shared by both engines' drivers.</summary>
public static class Pacing
{
    /// <summary>
    /// Starts <paramref name="action"/>(i) at <paramref name="start"/> + i ÷ <paramref name="perSecond"/>, whether or not
    /// earlier ones have finished (an open loop: a slow system falls behind instead of slowing the offered load).
    /// </summary>
    public static async Task PacedAsync(int count, double perSecond, DateTimeOffset start, Func<int, Task> action, CancellationToken cancellationToken)
    {
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = start + TimeSpan.FromSeconds(i / perSecond) - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var n = i;
            running.Add(Task.Run(() => action(n), cancellationToken));
        }

        await Task.WhenAll(running);
    }

    /// <summary>Runs <paramref name="action"/> for 0..count-1 from <paramref name="concurrency"/> callers back to back; returns the rate.</summary>
    public static async Task<double> BackToBackAsync(int count, int concurrency, Func<int, Task> action, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, _) => await action(i));
        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Measures the started engine doing nothing for <see cref="IdleWindow"/>: its queue polling and lease renewals go on
    /// through every window, so the per-case figures subtract them (the lifecycle window is long next to its few cases).
    /// </summary>
    public static async Task IdleAsync(EngineFigures figures, StorageRequestCounter counter, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // start-up work settles
        var (requests, cpu) = (counter.Snapshot(), Cpu.Used());
        await Task.Delay(IdleWindow, cancellationToken);
        figures.IdleRequestsPerSecond = (counter.Snapshot() - requests).Total / IdleWindow.TotalSeconds;
        figures.IdleCpuPerSecond = (Cpu.Used() - cpu).TotalSeconds / IdleWindow.TotalSeconds;
    }

    public static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(8);

    /// <summary>Polls until <paramref name="done"/> holds or <paramref name="timeout"/> passes; false on timeout.</summary>
    public static async Task<bool> UntilAsync(Func<bool> done, TimeSpan timeout, CancellationToken cancellationToken, TimeSpan? every = null)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(20), cancellationToken);
        }

        return true;
    }
}
