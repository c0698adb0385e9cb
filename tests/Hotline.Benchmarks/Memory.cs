using System.Diagnostics;

namespace Hotline.Benchmarks;

/// <summary>The process's memory: the live managed heap (after a full collection) and the working set.</summary>
public sealed record Memory(long ManagedBytes, long WorkingSetBytes)
{
    public static Memory Measure()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new Memory(managed, process.WorkingSet64);
    }
}

/// <summary>CPU time this process has used so far (all threads: engine, host, and the benchmark's own driver).</summary>
public static class Cpu
{
    public static TimeSpan Used()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
