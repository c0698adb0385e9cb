using System.Diagnostics;

namespace Hotline.Benchmarks;

/// <summary>What one wake-up lateness run measured.</summary>
public sealed record LatenessFigures(int Cases, TimeSpan Window, int Fired, Percentiles Lateness, TimeSpan Elapsed)
{
    /// <summary>Wake-ups fired per second of the run, from the first due instant to the last fire.</summary>
    public double FiredPerSecond => Fired / Math.Max(0.001, (Elapsed - WakeUpLateness.Lead).TotalSeconds);
}

/// <summary>
/// Lets the clock run in real time from just before the first of the opened cases' timers falls due and polls
/// the wake-up pump the way the runner's loop does (run what is due, sleep the poll interval, again), until every
/// case's timer has fired or the time bound passes. Lateness of a wake-up = the clock's time when the pump completed
/// it (right after its tick committed) minus its due instant; the clock runs at wall-clock speed, so that is
/// wall-clock time.
/// </summary>
public static class WakeUpLateness
{
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(1);

    public static async Task<LatenessFigures> RunAsync(
        RunnerNode node, ObservedCaseStore store, BenchClock clock, IntakeFigures opened, TimeSpan poll, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(opened);
        store.ResetLateness();
        var window = opened.LastDueUtc - opened.FirstDueUtc;
        var bound = Lead + window + grace;
        clock.Run(opened.FirstDueUtc - Lead);
        var run = Stopwatch.StartNew();
        while (store.Lateness.Count < opened.Count && run.Elapsed < bound)
        {
            await node.Pump.RunDueAsync(cancellationToken);
            if (store.Lateness.Count < opened.Count)
            {
                await Task.Delay(poll, TimeProvider.System, cancellationToken);
            }
        }

        var elapsed = run.Elapsed;
        clock.Stop();
        var lateness = store.Lateness.Values.ToList();
        return new LatenessFigures(opened.Count, window, lateness.Count, Percentiles.Of(lateness), elapsed);
    }
}
