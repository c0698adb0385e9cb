using System.Globalization;

namespace Hotline.Benchmarks;

/// <param name="Cases">Open cases carrying timers on Azurite and in the smaller in-memory run; the larger in-memory run has ten times as many.</param>
/// <param name="Concurrency">Concurrent intake callers.</param>
/// <param name="Poll">How long the runner's loop sleeps between passes (the product's default is 1 s).</param>
/// <param name="LifecycleCases">Cases driven through the standard lifecycle to count storage requests.</param>
/// <param name="AzuriteDue">
/// How many of the Azurite cases are opened through the intake and fall due while lateness is measured; the rest
/// only carry later timers. Firing all of them would take minutes: the Azurite pump fires about 40 a second here.
/// </param>
public sealed record BenchOptions(int Cases, int Concurrency, TimeSpan Poll, int LifecycleCases, int AzuriteDue, bool Quick)
{
    public const string Usage =
        "usage: Hotline.Benchmarks [--quick] [--n CASES] [--concurrency C] [--poll-ms MS] [--lifecycle-cases L] [--azurite-due M]\n" +
        "  --quick             smoke run: 1,000 cases (10,000 in memory), 200 of them due on Azurite, 5 lifecycle cases\n" +
        "  --n                 open cases with timers on Azurite and in the smaller in-memory run (default 10000);\n" +
        "                      the larger in-memory run has ten times as many\n" +
        "  --concurrency       concurrent intake callers (default 8)\n" +
        "  --poll-ms           the runner loop's sleep between passes (default 1000, the product's default)\n" +
        "  --lifecycle-cases   cases driven through the standard lifecycle (default 20)\n" +
        "  --azurite-due       how many Azurite cases go through the intake and fall due during the lateness run (default 2000)";

    /// <summary>Parses the command line; null when it is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick");
        var options = new BenchOptions(quick ? 1_000 : 10_000, 8, TimeSpan.FromSeconds(1), quick ? 5 : 20, quick ? 200 : 2_000, quick);
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
                "--n" => options with { Cases = value },
                "--concurrency" => options with { Concurrency = value },
                "--poll-ms" => options with { Poll = TimeSpan.FromMilliseconds(value) },
                "--lifecycle-cases" => options with { LifecycleCases = value },
                "--azurite-due" => options with { AzuriteDue = value },
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
}
