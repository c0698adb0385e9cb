namespace Hotline.Benchmarks;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
public sealed record Percentiles(int Count, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public static Percentiles Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() => $"p50 {Format(P50)}, p99 {Format(P99)}, max {Format(Max)}";

    public static string Format(TimeSpan value) =>
        value.TotalSeconds >= 10 ? $"{value.TotalSeconds:0.0} s" : value.TotalMilliseconds >= 10 ? $"{value.TotalMilliseconds:0} ms" : $"{value.TotalMilliseconds:0.00} ms";

    private static TimeSpan Rank(TimeSpan[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
