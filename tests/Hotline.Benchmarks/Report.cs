using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Hotline.Benchmarks;

/// <summary>The side-by-side table (plain text; the same inside docs/benchmark.md) and the targets, met or not.</summary>
public static class Report
{
    public const string FiguresStart = "<!-- figures: written by ./bench.sh -->";
    public const string FiguresEnd = "<!-- /figures -->";

    public static string Header(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
#if DEBUG
        const string configuration = "Debug (figures are not representative)";
#else
        const string configuration = "Release";
#endif
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        return string.Join(Environment.NewLine,
            $"Hotline benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {configuration}; load average at start {load} (shared machine)",
            $"Options: {(options.Quick ? "--quick, " : string.Empty)}open={options.Open}, lifecycle={options.Lifecycle}, rate={options.IntakesPerSecond}/s for {options.LoadSeconds} s, timers={options.TimersPerSecond}/s ({options.Timers} in all)",
            "One private Azurite (in-memory persistence, 127.0.0.1, same cores); the engines run one after the other in this process.");
    }

    public static string Table(BenchOptions options, EngineFigures bare, EngineFigures hotline)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bare);
        ArgumentNullException.ThrowIfNull(hotline);
        var rows = new List<(string Metric, string Bare, string Hotline, string Ratio)>
        {
            ("storage requests / lifecycle case, net of idle", F(bare.RequestsPerCase), F(hotline.RequestsPerCase), Ratio(hotline.RequestsPerCase, bare.RequestsPerCase)),
            ("  raw window: blob / queue / table (reads)", ByKind(bare), ByKind(hotline), string.Empty),
            ("idle engine: storage requests/s", F(bare.IdleRequestsPerSecond), F(hotline.IdleRequestsPerSecond), string.Empty),
            ("CPU ms / lifecycle case, net of idle", F(bare.CpuMsPerCase), F(hotline.CpuMsPerCase), Ratio(hotline.CpuMsPerCase, bare.CpuMsPerCase)),
            ("signal -> commit p50 / p99", Pair(bare.SignalToCommit), Pair(hotline.SignalToCommit) + (hotline.SignalsAnswered202 > 0 ? $" ({hotline.SignalsAnswered202} answered 202)" : string.Empty), Ratio(hotline.SignalToCommit.P50.TotalMilliseconds, bare.SignalToCommit.P50.TotalMilliseconds) + " (p50)"),
            ($"opening {options.Open} cases, 8 callers back to back", $"{bare.SeedPerSecond:0.0}/s", $"{hotline.SeedPerSecond:0.0}/s" + (hotline.OpenWithoutSms > 0 ? $" ({hotline.OpenWithoutSms} without SMS after 3 min)" : string.Empty), Ratio(hotline.SeedPerSecond, bare.SeedPerSecond)),
            ($"managed heap with {options.Open} open", Mb(bare.WithOpen.ManagedBytes), Mb(hotline.WithOpen.ManagedBytes), string.Empty),
            ("  heap per open case", $"{bare.HeapKbPerOpenCase:0.0} KB", $"{hotline.HeapKbPerOpenCase:0.0} KB", Ratio(hotline.HeapKbPerOpenCase, bare.HeapKbPerOpenCase)),
            ($"working set with {options.Open} open", Mb(bare.WithOpen.WorkingSetBytes), Mb(hotline.WithOpen.WorkingSetBytes), string.Empty),
            ($"intakes answered/s (offered {options.IntakesPerSecond}/s, {options.LoadSeconds} s)", $"{bare.IntakesPerSecond:0.0}", $"{hotline.IntakesPerSecond:0.0}" + (hotline.IntakeErrors > 0 ? $" ({hotline.IntakeErrors} x 5xx retried, whole run)" : string.Empty) + (hotline.IntakesUnanswered > 0 ? $" ({hotline.IntakesUnanswered} never answered)" : string.Empty), string.Empty),
            ("first task SMS p50 / p99 after intake", Pair(bare.FirstTask) + Missing(bare.FirstTaskMissing), Pair(hotline.FirstTask) + Missing(hotline.FirstTaskMissing), Ratio(hotline.FirstTask.P99.TotalMilliseconds, bare.FirstTask.P99.TotalMilliseconds) + " (p99)"),
            ($"timer lateness p50 / p99 ({options.TimersPerSecond}/s due)", Pair(bare.TimerLateness) + Missing(bare.TimersMissing), Pair(hotline.TimerLateness) + Missing(hotline.TimersMissing), string.Empty),
            ("during load: storage requests/s", F(bare.LoadRequests.Total / bare.LoadElapsed.TotalSeconds), F(hotline.LoadRequests.Total / hotline.LoadElapsed.TotalSeconds), Ratio(hotline.LoadRequests.Total / hotline.LoadElapsed.TotalSeconds, bare.LoadRequests.Total / bare.LoadElapsed.TotalSeconds)),
            ("during load: CPU, % of one core", $"{100 * bare.LoadCpu / bare.LoadElapsed:0}%", $"{100 * hotline.LoadCpu / hotline.LoadElapsed:0}%", string.Empty),
        };
        var text = new StringBuilder();
        var w = (rows.Max(r => r.Metric.Length), rows.Max(r => r.Bare.Length), rows.Max(r => r.Hotline.Length));
        text.AppendLine(CultureInfo.InvariantCulture, $"{"",-1}{"metric".PadRight(w.Item1)} | {"bare engine".PadRight(w.Item2)} | {"Hotline".PadRight(w.Item3)} | Hotline / bare");
        text.AppendLine(new string('-', w.Item1 + w.Item2 + w.Item3 + 24));
        foreach (var (metric, b, h, ratio) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{metric.PadRight(w.Item1)} | {b.PadRight(w.Item2)} | {h.PadRight(w.Item3)} | {ratio}");
        }

        text.AppendLine();
        text.AppendLine("Targets (Hotline):");
        var requestsRatio = hotline.RequestsPerCase / bare.RequestsPerCase;
        var cpuRatio = hotline.CpuMsPerCase / bare.CpuMsPerCase;
        Target(text, requestsRatio <= 1.3, $"storage requests per case <= 1.3x bare: {requestsRatio:0.00}x");
        Target(text, cpuRatio <= 1.3, $"CPU per case <= 1.3x bare: {cpuRatio:0.00}x");
        var conditions = options.Open == 1_000 && options.LoadSeconds >= 120 ? string.Empty : $" [run at {options.Open} open for {options.LoadSeconds} s, not the target's 1,000 for 120 s]";
        Target(text, hotline.IntakesPerSecond >= options.IntakesPerSecond * 0.98 && options.IntakesPerSecond >= 20,
            $"20 intakes/s sustained: {hotline.IntakesPerSecond:0.0}/s answered at {options.IntakesPerSecond}/s offered{conditions}");
        Target(text, hotline.FirstTaskMissing == 0 && hotline.FirstTask.P99 < TimeSpan.FromSeconds(3),
            $"first task SMS p99 < 3 s: {Percentiles.Format(hotline.FirstTask.P99)}{Missing(hotline.FirstTaskMissing)}{conditions}");
        Target(text, hotline.TimersMissing == 0 && hotline.TimerLateness.P99 < TimeSpan.FromSeconds(1) && options.TimersPerSecond >= 10,
            $"timer lateness p99 < 1 s at 10 due/s: {Percentiles.Format(hotline.TimerLateness.P99)}{Missing(hotline.TimersMissing)}{conditions}");
        return text.ToString();
    }

    /// <summary>docs/benchmark.md with the figures between the markers replaced; the hand-written rest is kept.</summary>
    public static string Markdown(string existing, string header, string table, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var figures = $"{FiguresStart}\n```\n{header}\n\n{table}Total run time: {elapsed.TotalSeconds:0} s\n```\n{FiguresEnd}";
        var start = existing.IndexOf(FiguresStart, StringComparison.Ordinal);
        var end = existing.IndexOf(FiguresEnd, StringComparison.Ordinal);
        return start >= 0 && end > start
            ? existing[..start] + figures + existing[(end + FiguresEnd.Length)..]
            : existing + "\n" + figures + "\n";
    }

    private static void Target(StringBuilder text, bool met, string what) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"  [{(met ? "met" : "NOT met")}] {what}");

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Ratio(double hotline, double bare) => bare > 0 ? $"{hotline / bare:0.00}x" : "n/a";

    private static string Pair(Percentiles p) => p.Count == 0 ? "none" : $"{Percentiles.Format(p.P50)} / {Percentiles.Format(p.P99)}";

    private static string Missing(int missing) => missing == 0 ? string.Empty : $" ({missing} missing)";

    private static string Mb(long bytes) => $"{bytes / 1024d / 1024d:0} MB";

    private static string ByKind(EngineFigures f) =>
        $"{(double)f.LifecycleRequests.Blob / f.LifecycleCases:0.0} / {(double)f.LifecycleRequests.Queue / f.LifecycleCases:0.0} / {(double)f.LifecycleRequests.Table / f.LifecycleCases:0.0} ({(double)f.LifecycleRequests.TableReads / f.LifecycleCases:0.0})";
}
