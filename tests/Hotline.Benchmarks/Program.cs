using Hotline.Benchmarks;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// A bound on the whole run: the program stops by itself even if a store stops answering.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(options.Quick ? 5 : 30));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await Benchmark.RunAsync(options, Console.Out, stop.Token);
return 0;
