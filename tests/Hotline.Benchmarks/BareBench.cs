using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>Drives the bare engine through the same phases as <see cref="HotlineBench"/>: lifecycle, open cases, paced load with timers.</summary>
public static class BareBench
{
    public static async Task<EngineFigures> RunAsync(BenchOptions options, string storage, StorageRequestCounter counter, CancellationToken cancellationToken)
    {
        var figures = new EngineFigures("bare engine") { BeforeStart = Memory.Measure(), LifecycleCases = options.Lifecycle, Open = options.Open };
        var ran = BareStepActivity.Ran;
        await using var engine = await BareEngine.StartAsync(storage, "benchbare");

        await Pacing.IdleAsync(figures, counter, cancellationToken);

        // Lifecycle: every case a step at a time, as a busy desk would; the window's requests and CPU per case.
        var (requests, cpu, watch) = (counter.Snapshot(), Cpu.Used(), Stopwatch.StartNew());
        var life = Enumerable.Range(0, options.Lifecycle).Select(i => "life-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        await Pacing.BackToBackAsync(life.Length, 8, i => engine.StartInstanceAsync(life[i]), cancellationToken);
        await Require(() => life.All(id => ran.ContainsKey(id + "|0")), "the lifecycle instances' first step", cancellationToken);
        var signalLatencies = new ConcurrentBag<TimeSpan>();
        for (var step = 1; step < BareLifecycleOrchestrator.Steps; step++)
        {
            var s = step;
            await Pacing.BackToBackAsync(life.Length, 8, async i =>
            {
                var sent = DateTimeOffset.UtcNow;
                await engine.RaiseAsync(life[i], "next");
                await Require(() => ran.ContainsKey($"{life[i]}|{s}"), $"step {s} of {life[i]}", cancellationToken);
                signalLatencies.Add(ran[$"{life[i]}|{s}"] - sent);
            }, cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // the orchestrations' completion lands
        figures.LifecycleRequests = counter.Snapshot() - requests;
        figures.LifecycleCpu = Cpu.Used() - cpu;
        figures.LifecycleElapsed = watch.Elapsed;
        figures.SignalToCommit = Percentiles.Of(signalLatencies);

        // Open cases: started, first step run, then waiting on an event or their 2 h timer.
        var open = Enumerable.Range(0, options.Open).Select(i => "open-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        figures.SeedPerSecond = await Pacing.BackToBackAsync(open.Length, 8, i => engine.StartInstanceAsync(open[i]), cancellationToken);
        await Require(() => open.All(id => ran.ContainsKey(id + "|0")), "the open instances' first step", cancellationToken);
        figures.WithOpen = Memory.Measure();

        // Load: paced starts, and meanwhile open cases' timers moved to fall due at the timer rate.
        var loadIds = Enumerable.Range(0, options.IntakesPerSecond * options.LoadSeconds).Select(i => "load-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var answered = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var dues = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        (requests, cpu, watch) = (counter.Snapshot(), Cpu.Used(), Stopwatch.StartNew());
        var start = DateTimeOffset.UtcNow.AddSeconds(0.5);
        var intakes = Pacing.PacedAsync(loadIds.Length, options.IntakesPerSecond, start, async i =>
        {
            await engine.StartInstanceAsync(loadIds[i]);
            answered[loadIds[i]] = DateTimeOffset.UtcNow;
        }, cancellationToken);
        var timers = Pacing.PacedAsync(options.Timers, options.TimersPerSecond, start, async i =>
        {
            var due = DateTimeOffset.UtcNow + TimerLead;
            dues[open[i]] = due;
            await engine.RaiseAsync(open[i], "retime:" + due.UtcTicks.ToString(CultureInfo.InvariantCulture));
        }, cancellationToken);
        await Task.WhenAll(intakes, timers);
        figures.Offered = loadIds.Length;
        figures.IntakesPerSecond = answered.Count / (answered.Values.Max() - start).TotalSeconds;
        await Pacing.UntilAsync(() => loadIds.All(id => ran.ContainsKey(id + "|0")) && dues.Keys.All(id => ran.ContainsKey(id + "|timer")), Grace, cancellationToken);
        figures.LoadRequests = counter.Snapshot() - requests;
        figures.LoadCpu = Cpu.Used() - cpu;
        figures.LoadElapsed = watch.Elapsed;
        figures.FirstTask = Percentiles.Of(loadIds.Where(id => ran.ContainsKey(id + "|0")).Select(id => ran[id + "|0"] - answered[id]));
        figures.FirstTaskMissing = loadIds.Count(id => !ran.ContainsKey(id + "|0"));
        figures.Timers = dues.Count;
        figures.TimerLateness = Percentiles.Of(dues.Where(d => ran.ContainsKey(d.Key + "|timer")).Select(d => ran[d.Key + "|timer"] - d.Value));
        figures.TimersMissing = dues.Keys.Count(id => !ran.ContainsKey(id + "|timer"));
        return figures;
    }

    /// <summary>How far ahead a timer is moved: time for the event to reach the instance before it falls due.</summary>
    public static readonly TimeSpan TimerLead = TimeSpan.FromSeconds(5);

    /// <summary>How long after the load window stragglers are waited for before they count as missing.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private static async Task Require(Func<bool> done, string what, CancellationToken cancellationToken)
    {
        if (!await Pacing.UntilAsync(done, TimeSpan.FromMinutes(3), cancellationToken))
        {
            throw new TimeoutException($"Waited 3 min for {what}.");
        }
    }
}
