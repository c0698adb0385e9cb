namespace Hotline.Benchmarks;

/// <summary>What one engine measured; filled phase by phase. Latencies are wall-clock times between two observations.</summary>
public sealed class EngineFigures(string name)
{
    public string Name { get; } = name;

    public int LifecycleCases { get; set; }

    /// <summary>Storage requests of the lifecycle window (all its cases, plus the engine's idle polling meanwhile).</summary>
    public RequestCounts LifecycleRequests { get; set; } = new(0, 0, 0, 0);

    public TimeSpan LifecycleCpu { get; set; }

    /// <summary>The engine idle (started, nothing to do) for a few seconds before the lifecycle: its polling, per second.</summary>
    public double IdleRequestsPerSecond { get; set; }

    public double IdleCpuPerSecond { get; set; }

    public TimeSpan LifecycleElapsed { get; set; }

    /// <summary>Signal (raise, or POST .../signals) → the step's commit (the step activity ran, or the POST answered 200).</summary>
    public Percentiles SignalToCommit { get; set; } = Percentiles.Of([]);

    /// <summary>Signals the API answered 202 (not committed within its 3 s commit wait); their commit was then watched in the store.</summary>
    public int SignalsAnswered202 { get; set; }

    public int Open { get; set; }

    /// <summary>Open cases whose first SMS had not gone out 3 min after the last was opened.</summary>
    public int OpenWithoutSms { get; set; }

    /// <summary>Open cases started back to back by 8 concurrent callers.</summary>
    public double SeedPerSecond { get; set; }

    public Memory BeforeStart { get; set; } = new(0, 0);

    public Memory WithOpen { get; set; } = new(0, 0);

    public int Offered { get; set; }

    /// <summary>Intake attempts answered 5xx over the whole run (retried with the same Idempotency-Key).</summary>
    public int IntakeErrors { get; set; }

    /// <summary>Load-phase intakes the host never answered with a case (timed out, or 5xx after every retry).</summary>
    public int IntakesUnanswered { get; set; }

    /// <summary>Intakes answered ÷ time from the first sent to the last answered.</summary>
    public double IntakesPerSecond { get; set; }

    /// <summary>Intake answered → the case's first message reached the gateway (bare: its first step ran).</summary>
    public Percentiles FirstTask { get; set; } = Percentiles.Of([]);

    public int FirstTaskMissing { get; set; }

    public int Timers { get; set; }

    /// <summary>When the timer's effect was seen (bare: the step ran; Hotline: the follow-up SMS reached the gateway) − the due instant.</summary>
    public Percentiles TimerLateness { get; set; } = Percentiles.Of([]);

    public int TimersMissing { get; set; }

    public RequestCounts LoadRequests { get; set; } = new(0, 0, 0, 0);

    public TimeSpan LoadCpu { get; set; }

    public TimeSpan LoadElapsed { get; set; }

    /// <summary>Requests per lifecycle case, less what the idle engine would have polled in the same window.</summary>
    public double RequestsPerCase => (LifecycleRequests.Total - (IdleRequestsPerSecond * LifecycleElapsed.TotalSeconds)) / LifecycleCases;

    /// <summary>CPU per lifecycle case, less what the idle engine would have used in the same window.</summary>
    public double CpuMsPerCase => (LifecycleCpu.TotalMilliseconds - (IdleCpuPerSecond * 1000 * LifecycleElapsed.TotalSeconds)) / LifecycleCases;

    public double HeapKbPerOpenCase => (WithOpen.ManagedBytes - BeforeStart.ManagedBytes) / 1024d / Open;
}
