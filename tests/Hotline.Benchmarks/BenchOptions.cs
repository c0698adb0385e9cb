using System.Globalization;

namespace Hotline.Benchmarks;

/// <param name="Open">Open cases (instances) waiting on their timers while the load runs.</param>
/// <param name="Lifecycle">Cases driven through the standard lifecycle to count requests, CPU and signal latency.</param>
/// <param name="IntakesPerSecond">Paced intake rate of the load phase.</param>
/// <param name="LoadSeconds">Length of the load phase.</param>
/// <param name="TimersPerSecond">Open cases whose deadline falls due per second during the load phase.</param>
public sealed record BenchOptions(int Open, int Lifecycle, int IntakesPerSecond, int LoadSeconds, int TimersPerSecond, bool Quick)
{
    public const string Usage =
        "usage: Hotline.Benchmarks [--quick] [--open N] [--lifecycle L] [--rate R] [--seconds S] [--timers T]\n" +
        "  --quick       smoke run (~2-3 min): 200 open, 10 lifecycle cases, 20 s of load\n" +
        "  --open        open cases (instances) waiting while the load runs (default 1000; 10000 for the large run)\n" +
        "  --lifecycle   cases driven open -> acknowledge -> complete -> revisit -> close (default 30)\n" +
        "  --rate        paced intakes per second in the load phase (default 20)\n" +
        "  --seconds     length of the load phase (default 120)\n" +
        "  --timers      deadlines falling due per second in the load phase (default 10)\n" +
        "  --reports [N] [--scan M]   the report scenario alone: N cases' projections (default 20000), the old scan at M (default 2000)";

    /// <summary>Parses the command line; null when it is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick");
        var options = quick ? new BenchOptions(200, 10, 20, 20, 10, true) : new BenchOptions(1_000, 30, 20, 120, 10, false);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return null;
            }

            options = args[i] switch
            {
                "--open" => options with { Open = value },
                "--lifecycle" => options with { Lifecycle = value },
                "--rate" => options with { IntakesPerSecond = value },
                "--seconds" => options with { LoadSeconds = value },
                "--timers" => options with { TimersPerSecond = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        return options;
    }

    /// <summary>Timers due in the load phase: one per open case at most, each case's deadline moved once.</summary>
    public int Timers => Math.Min(Open, TimersPerSecond * LoadSeconds);
}
