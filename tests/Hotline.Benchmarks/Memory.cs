namespace Hotline.Benchmarks;

/// <summary>The process's memory: the live managed heap (after a full collection) and the working set.</summary>
public sealed record Memory(long ManagedBytes, long WorkingSetBytes)
{
    public static Memory Measure()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new Memory(managed, process.WorkingSet64);
    }
}
