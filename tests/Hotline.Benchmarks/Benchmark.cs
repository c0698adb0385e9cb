using System.Diagnostics;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>The whole run: Azurite first (requests per case, intake, wake-ups), then the in-memory store at two sizes, then memory.</summary>
public static class Benchmark
{
    /// <summary>Timers offered per second of wall time, chosen below what each store's pump sustains on a small machine.</summary>
    private const double AzuriteDuePerSecond = 200;
    private const double InMemoryDuePerSecond = 2_000;

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
                await TimersAsync(output, "Azurite", setup, options, options.Cases, AzuriteDuePerSecond, cancellationToken);
            }
        }

        using (var setup = await BenchSetup.InMemoryAsync(cancellationToken))
        {
            await TimersAsync(output, "in-memory", setup, options, options.Cases, InMemoryDuePerSecond, cancellationToken);
        }

        var before = Memory.Measure();
        using (var setup = await BenchSetup.InMemoryAsync(cancellationToken))
        {
            await TimersAsync(output, "in-memory", setup, options, options.Cases * 10, InMemoryDuePerSecond, cancellationToken);
            Report.Memory(output, $"runner + in-memory store holding {options.Cases * 10:N0} cases", Memory.Measure(), before);
            GC.KeepAlive(setup);
        }

        Report.Memory(output, "end of run, stores released", Memory.Measure(), null);
        output.WriteLine($"Total run time: {total.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Opens <paramref name="cases"/> cases (the intake figures) and lets their timers fall due (the lateness figures).</summary>
    private static async Task TimersAsync(
        TextWriter output, string storeName, BenchSetup setup, BenchOptions options, int cases, double duePerSecond, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(Math.Max(5, cases / duePerSecond));
        var intake = await Intakes.RunAsync(setup.Node, setup.Clock, cases, options.Concurrency, window / cases, cancellationToken);
        Report.Intake(output, storeName, intake, setup.Counter);
        var grace = TimeSpan.FromSeconds(options.Quick ? 30 : 120);
        setup.Counter?.Reset();
        var lateness = await WakeUpLateness.RunAsync(setup.Node, setup.Store, setup.Clock, intake, options.Poll, grace, cancellationToken);
        Report.Lateness(output, storeName, lateness, options.Poll, setup.Counter);
    }
}
