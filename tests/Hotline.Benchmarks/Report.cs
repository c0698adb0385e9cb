using System.Runtime.InteropServices;

namespace Hotline.Benchmarks;

/// <summary>Prints the figures, each with what exactly was measured.</summary>
public static class Report
{
    public static void Header(TextWriter output, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
#if DEBUG
        const string configuration = "Debug (figures are not representative)";
#else
        const string configuration = "Release";
#endif
        output.WriteLine($"Hotline benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {configuration}");
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        output.WriteLine($"Load average (1 min) at start: {load} (the machine is shared; figures move with it)");
        output.WriteLine($"Options: n={options.Cases}, concurrency={options.Concurrency}, poll={options.Poll.TotalMilliseconds:0} ms, lifecycle cases={options.LifecycleCases}{(options.Quick ? ", quick" : string.Empty)}");
        output.WriteLine("SMS: an in-process gateway that accepts every message at once, so SMS provider latency is excluded. Logging off.");
        output.WriteLine("Azurite: the version pinned in package.json, in-memory persistence, on 127.0.0.1, same machine. Intakes: park-dispatch repair calls with an Idempotency-Key.");
    }

    public static void Lifecycle(TextWriter output, LifecycleFigures figures)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        double PerCase(long value) => (double)value / figures.Cases;
        output.WriteLine();
        output.WriteLine($"== Storage requests per case, Azurite: standard lifecycle (open -> acknowledge -> complete -> revisit -> close), {figures.Cases} cases ==");
        output.WriteLine("   each step applied to all cases in turn, then the runner's loop (due wake-ups, then the outbox) runs until quiet");
        output.WriteLine($"   commits per case (one per applied trigger, the minimum): {PerCase(figures.Commits):0.00}");
        output.WriteLine($"   storage requests per case (every attempt on the wire, retries included): {PerCase(figures.Requests):0.00} = {(double)figures.Requests / Math.Max(1, figures.Commits):0.0}x the minimum; retries: {figures.Retries}");
        output.WriteLine($"   SMS sent per case: {PerCase(figures.Sms):0.00}");
        output.WriteLine("   requests per case by kind:");
        foreach (var (kind, count) in figures.ByKind)
        {
            output.WriteLine($"     {kind,-32} {PerCase(count),6:0.00}");
        }
    }

    public static void Intake(TextWriter output, string store, IntakeFigures figures, RequestCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        output.WriteLine();
        output.WriteLine($"== Intake, {store}: {figures.Count:N0} cases opened by {figures.Concurrency} concurrent callers ==");
        output.WriteLine($"   throughput {figures.PerSecond:N0} cases/s ({figures.Elapsed.TotalSeconds:0.0} s); latency per intake {figures.Latency}");
        if (counter is not null)
        {
            output.WriteLine($"   storage requests per intake: {(double)counter.Total / figures.Count:0.00} ({string.Join(", ", counter.ByKind().Select(k => $"{k.Key} {(double)k.Value / figures.Count:0.00}"))}); retries {counter.Retries}");
        }
    }

    public static void Lateness(TextWriter output, string store, int open, LatenessFigures figures, TimeSpan poll, RequestCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        output.WriteLine();
        output.WriteLine($"== Wake-up lateness, {store}: {open:N0} open cases, each with a pending timer ==");
        output.WriteLine($"   {(open == figures.Cases ? "all" : $"{figures.Cases:N0}")} of the timers fall due evenly across {figures.Window.TotalSeconds:0.0} s ({figures.Cases / Math.Max(0.001, figures.Window.TotalSeconds):N0} per s); the pump runs what is due, sleeps {poll.TotalMilliseconds:0} ms, again");
        output.WriteLine($"   fired {figures.Fired:N0} of {figures.Cases:N0} in {figures.Elapsed.TotalSeconds:0.0} s; lateness {figures.Lateness}");
        output.WriteLine("   lateness = when the pump had committed the case's ClockTick and removed its wake-up, minus the due instant (wall-clock time:");
        output.WriteLine("   the clock runs at wall speed). The pump alone is measured: outbox dispatch, which shares its loop in the product, is not run.");
        if (counter is not null && figures.Fired > 0)
        {
            output.WriteLine($"   storage requests per fired wake-up: {(double)counter.Total / figures.Fired:0.00} ({string.Join(", ", counter.ByKind().Select(k => $"{k.Key} {(double)k.Value / figures.Fired:0.00}"))})");
        }
    }

    public static void Memory(TextWriter output, string label, Memory now, Memory? before)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(now);
        output.WriteLine();
        output.WriteLine($"== Memory: {label} ==");
        output.WriteLine($"   managed heap (live, after a full GC) {Mb(now.ManagedBytes)}; process working set {Mb(now.WorkingSetBytes)}"
            + (before is null ? string.Empty : $"; heap before this store was created {Mb(before.ManagedBytes)}"));
    }

    private static string Mb(long bytes) => $"{bytes / 1024d / 1024d:N0} MB";
}
