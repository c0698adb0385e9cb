using System.Diagnostics;
using System.Globalization;
using Hotline.Azure.Storage;
using Hotline.Service.Reports;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>
/// The report scenario (issue 11 item 6, target: a month's reports for 20,000 cases in under 2 s on Azurite). On its own
/// private Azurite: the projection rows of <c>--reports N</c> cases received in March 2026 are written through the
/// store's own projection writer (each case's final state in one write), then the monthly report (ReportService.MonthlyAsync, as /api/reports/monthly runs it)
/// is timed, median of several runs after a warm-up; the daily and weekly reports beside it. Then, at a smaller N,
/// the same month committed as whole cases (state, ledger, projection) and the monthly report timed both ways: through
/// the projection and through the scan the reports did before it.
/// </summary>
public static class ReportBench
{
    private const int Runs = 5;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    public static async Task<string> RunAsync(int cases, int scanCases, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var azurite = await AzuriteProcess.StartAsync(cancellationToken: cancellationToken);
        var client = TableStorage.CreateClient(azurite.ConnectionString);
        var clock = new FixedTime(ReportCases.MonthStart.AddMonths(1).AddDays(2));
        var lines = new List<string>();

        using (var store = new TableCaseStore(client, "bench"))
        {
            await store.CreateTablesAsync(cancellationToken);
            var write = Stopwatch.StartNew();
            await ForEachAsync(cases, i => ProjectAsync(store, i, cases, cancellationToken), cancellationToken);
            output.WriteLine($"  {cases:N0} projections written in {write.Elapsed.TotalSeconds:0.0} s");
            var reports = new ReportService(store, clock);
            var monthly = await MedianAsync(() => reports.MonthlyAsync(ReportCases.Profile, 2026, 3, cancellationToken));
            var period = Domain.Reports.ReportPeriod.Month(ReportCases.Profile.Calendar, 2026, 3);
            var read = await MedianAsync(() => store.ReceivedForMonthlyAsync(ReportCases.Profile.Id, period.StartUtc, period.EndUtc, cancellationToken));
            var whole = await MedianAsync(() => store.ReceivedAsync(ReportCases.Profile.Id, period.StartUtc, period.EndUtc, cancellationToken));
            var weekly = await MedianAsync(() => reports.WeeklyAsync(ReportCases.Profile, new DateOnly(2026, 3, 30), cancellationToken));
            var daily = await MedianAsync(() => reports.DailyAsync(ReportCases.Profile, new DateOnly(2026, 3, 31), cancellationToken));
            var met = monthly < Target ? "met" : "NOT met";
            lines.Add($"monthly report, {cases:N0} cases in the month (projection) | {Ms(monthly)} median of {Runs} | target < 2 s: {met}");
            lines.Add($"  of which reading the month's lean rows                | {Ms(read)}");
            lines.Add($"  (the month's whole projection rows, for comparison)   | {Ms(whole)}");
            lines.Add($"weekly report (last week of the month)                  | {Ms(weekly)}");
            lines.Add($"daily report (last day of the month)                    | {Ms(daily)}");
        }

        var memory = new InMemoryCaseStore();
        await ForEachAsync(cases, i => CommitAsync(memory, i, cases, cancellationToken), cancellationToken);
        var inMemory = await MedianAsync(() => new ReportService(memory, clock).MonthlyAsync(ReportCases.Profile, 2026, 3, cancellationToken));
        lines.Add($"  the same report from the in-memory store (no Azurite) | {Ms(inMemory)}");

        using (var store = new TableCaseStore(client, "scan"))
        {
            await store.CreateTablesAsync(cancellationToken);
            await ForEachAsync(scanCases, i => CommitAsync(store, i, scanCases, cancellationToken), cancellationToken);
            var projected = await MedianAsync(() => new ReportService(store, clock).MonthlyAsync(ReportCases.Profile, 2026, 3, cancellationToken));
            var scanned = await MedianAsync(
                () => new ReportService(store, clock, null, new ScannedReportProjections(store)).MonthlyAsync(ReportCases.Profile, 2026, 3, cancellationToken));
            lines.Add($"monthly report, {scanCases:N0} whole cases: projection   | {Ms(projected)}");
            lines.Add($"  same month, the old scan (list + ledger per case)     | {Ms(scanned)} ({scanned / projected:0.0}x the projection)");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The case's final projection in one write (its commits' lines together), as the last of its commits leaves it.</summary>
    private static Task ProjectAsync(IReportProjections store, int i, int count, CancellationToken cancellationToken)
    {
        var (state, commits) = ReportCases.Make(i, count);
        return store.ProjectAsync(state, [.. commits.SelectMany(c => c.Lines)], cancellationToken);
    }

    private static async Task CommitAsync(ICaseStore store, int i, int count, CancellationToken cancellationToken)
    {
        var (_, commits) = ReportCases.Make(i, count);
        string? etag = null;
        foreach (var (state, ledger) in commits)
        {
            etag = (await store.CommitAsync(new CaseCommit(state, etag, ledger, []), cancellationToken)).ETag;
        }
    }

    /// <summary>Eight writers at a time, as a busy host's commits would arrive.</summary>
    private static Task ForEachAsync(int count, Func<int, Task> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, _) => await body(i));

    private static async Task<TimeSpan> MedianAsync<T>(Func<Task<T>> report)
    {
        await report(); // warm-up: JIT and connections
        var times = new List<TimeSpan>();
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await report();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(Runs / 2);
    }

    /// <summary>
    /// Writes the scenario's figures between their own markers in docs/benchmark.md (the engine run keeps its own).
    /// </summary>
    public static string Markdown(string existing, string figures)
    {
        ArgumentNullException.ThrowIfNull(existing);
        const string Start = "<!-- report figures: written by ./bench.sh --reports -->";
        const string End = "<!-- /report figures -->";
        var block = $"{Start}\n```\n{figures}\n```\n{End}";
        var start = existing.IndexOf(Start, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start ? existing[..start] + block + existing[(end + End.Length)..] : existing + "\n" + block + "\n";
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0} ms");
}

/// <summary>The reports' clock stopped two days after the month, so every run reads the same as-of instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
