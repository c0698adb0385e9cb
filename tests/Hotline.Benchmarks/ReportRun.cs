using System.Diagnostics;
using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary><c>--reports [N] [--scan M]</c>: the report scenario alone (default 20,000 projected cases, 2,000 for the scan comparison).</summary>
internal static class ReportRun
{
    public static async Task<int> MainAsync(string[] args, string? markdownPath)
    {
        var cases = 20_000;
        var scan = 2_000;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--scan" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0)
            {
                scan = s;
                i++;
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                cases = n;
            }
            else
            {
                await Console.Error.WriteLineAsync("usage: Hotline.Benchmarks --reports [cases] [--scan cases]");
                return 2;
            }
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var total = Stopwatch.StartNew();
        var machine = string.Create(
            CultureInfo.InvariantCulture,
            $"Report benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Release; load average at start {LoadAverage()} (shared machine)");
        var header = machine + "\nOne private Azurite (in-memory, 127.0.0.1, same cores); park-dispatch profile, March 2026; " +
            "per 20 cases: 2 call records, 3 open, 15 closed after a rated revisit";
        Console.WriteLine(header);
        var figures = await ReportBench.RunAsync(cases, scan, Console.Out, stop.Token);
        var text = $"{header}\n\n{figures}\nTotal run time: {total.Elapsed.TotalSeconds:0} s";
        Console.WriteLine();
        Console.WriteLine(text);
        if (markdownPath is not null)
        {
            var existing = File.Exists(markdownPath) ? await File.ReadAllTextAsync(markdownPath, stop.Token) : "# Benchmark figures\n";
            await File.WriteAllTextAsync(markdownPath, ReportBench.Markdown(existing, text), stop.Token);
            Console.WriteLine($"Written to {markdownPath}");
        }

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
