using System.Diagnostics;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>
/// The whole run: one private Azurite (in memory), the bare engine first, then the Hotline host, one at a time so each
/// window's storage requests and CPU belong to one engine; then the table, printed and written to docs/benchmark.md.
/// </summary>
public static class Benchmark
{
    public static async Task RunAsync(BenchOptions options, TextWriter output, string? markdownPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var total = Stopwatch.StartNew();
        var header = Report.Header(options);
        output.WriteLine(header);
        await using var azurite = await AzuriteProcess.StartAsync(cancellationToken: cancellationToken);
        using var counter = new StorageRequestCounter(azurite.Ports.Blob, azurite.Ports.Queue, azurite.Ports.Table);
        output.WriteLine("Running the bare engine ...");
        var bare = await BareBench.RunAsync(options, azurite.ConnectionString, counter, cancellationToken);
        output.WriteLine("Running the Hotline host ...");
        var hotline = await HotlineBench.RunAsync(options, azurite.ConnectionString, counter, cancellationToken);
        var table = Report.Table(options, bare, hotline);
        output.WriteLine();
        output.WriteLine(table);
        output.WriteLine($"Total run time: {total.Elapsed.TotalSeconds:0} s");
        if (markdownPath is not null)
        {
            var existing = File.Exists(markdownPath) ? await File.ReadAllTextAsync(markdownPath, cancellationToken) : "# Benchmark figures\n";
            await File.WriteAllTextAsync(markdownPath, Report.Markdown(existing, header, table, total.Elapsed), cancellationToken);
            output.WriteLine($"Written to {markdownPath}");
        }
    }
}
