using Hotline.Benchmarks;

// The report scenario runs alone: ./bench.sh --reports [cases] [--scan cases].
if (args.Length > 0 && args[0] == "--reports")
{
    return await ReportRun.MainAsync(args, Directory.Exists("docs") ? Path.Combine("docs", "benchmark.md") : null);
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// A bound on the whole run: the program stops by itself even if a store stops answering.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(options.Quick ? 10 : 60));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

// bench.sh runs from the repository root; the figures go to docs/benchmark.md there.
var markdown = Directory.Exists("docs") ? Path.Combine("docs", "benchmark.md") : null;
await Benchmark.RunAsync(options, Console.Out, markdown, stop.Token);
return 0;
