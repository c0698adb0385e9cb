using System.Diagnostics;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>The whole run: Azurite first (requests per case, intake, wake-ups), then the in-memory store at two sizes, then memory.</summary>
public static class Benchmark
{
    /// <summary>Timers falling due per second of wall time: below what each store's pump sustains here (about 40/s on Azurite).</summary>
    private const double AzuriteDuePerSecond = 30;
    private const double InMemoryDuePerSecond = 5_000;

    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var total = Stopwatch.StartNew();
        Report.Header(output, options);

        await using (var azurite = await AzuriteProcess.StartAsync(cancellationToken: cancellationToken))
        {
            using (var setup = await BenchSetup.AzuriteAsync(azurite.ConnectionString, cancellationToken))
            {
                var lifecycle = await Lifecycle.RunAsync(setup.Node, setup.Store, setup.Clock, setup.Counter!, setup.Sms, options.LifecycleCases, cancellationToken);
                Report.Lifecycle(output, lifecycle);
            }

            using (var setup = await BenchSetup.AzuriteAsync(azurite.ConnectionString, cancellationToken))
            {
                await TimersAsync(output, "Azurite", setup, options, options.Cases, Math.Min(options.Cases, options.AzuriteDue), AzuriteDuePerSecond, cancellationToken);
            }
        }

        await InMemoryAsync(output, options, options.Cases, cancellationToken);
        var before = Memory.Measure();
        var withStore = await InMemoryAsync(output, options, options.Cases * 10, cancellationToken);
        Report.Memory(output, $"runner + in-memory store holding {options.Cases * 10:N0} cases (states, ledgers, outbox, wake-up index)", withStore, before);
        Report.Memory(output, "end of run", Memory.Measure(), null);
        output.WriteLine();
        output.WriteLine($"Total run time: {total.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Runs the in-memory figures in a frame of its own, so the store is garbage once it returns.</summary>
    private static async Task<Memory> InMemoryAsync(TextWriter output, BenchOptions options, int cases, CancellationToken cancellationToken)
    {
        using var setup = await BenchSetup.InMemoryAsync(cancellationToken);
        await TimersAsync(output, "in-memory", setup, options, cases, cases, InMemoryDuePerSecond, cancellationToken);
        return Memory.Measure();
    }

    /// <summary>
    /// Opens <paramref name="due"/> cases through the intake (the intake figures), whose timers fall due spread over a
    /// window, then seeds the rest of <paramref name="open"/> open cases with timers due after it, and measures how
    /// late the first ones fire (the lateness figures).
    /// </summary>
    private static async Task TimersAsync(
        TextWriter output, string storeName, BenchSetup setup, BenchOptions options, int open, int due, double duePerSecond, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(Math.Max(5, due / duePerSecond));
        var intake = await Intakes.RunAsync(setup.Node, setup.Clock, due, options.Concurrency, window / due, cancellationToken);
        Report.Intake(output, storeName, intake, setup.Counter);
        if (open > due)
        {
            // Opened an hour after the last intake, these cases' timers fall due long after the measured window.
            var seeding = Stopwatch.StartNew();
            await Seeding.RunAsync(setup.Store, setup.Clock.GetUtcNow().AddHours(1), 500_000, open - due, options.Concurrency, cancellationToken);
            output.WriteLine($"   then {open - due:N0} more open cases seeded straight through the runner in {seeding.Elapsed.TotalSeconds:0.0} s; their timers fall due an hour after the window");
        }

        var grace = TimeSpan.FromSeconds(options.Quick ? 30 : 120);
        setup.Counter?.Reset();
        var lateness = await WakeUpLateness.RunAsync(setup.Node, setup.Store, setup.Clock, intake, options.Poll, grace, cancellationToken);
        Report.Lateness(output, storeName, open, lateness, options.Poll, setup.Counter);
    }
}
