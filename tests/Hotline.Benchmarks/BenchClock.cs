namespace Hotline.Benchmarks;

/// <summary>
/// The benchmark's clock. It stands still while cases are created (each intake moves it a step, so timers fall due
/// spread over a window) and then runs at wall-clock speed from a chosen instant, so a wake-up's lateness in this
/// clock's time is its lateness in wall-clock time.
/// </summary>
public sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _origin = start.ToUniversalTime();
    private long? _runningSince;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _runningSince is { } since ? _origin + System.GetElapsedTime(since) : _origin;
        }
    }

    /// <summary>Moves a standing clock forward by <paramref name="by"/>; returns the new instant.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _origin = (_runningSince is { } since ? _origin + System.GetElapsedTime(since) : _origin) + by;
            _runningSince = null;
            return _origin;
        }
    }

    /// <summary>Stops the clock at <paramref name="at"/> (never earlier than now).</summary>
    public void Stop(DateTimeOffset at)
    {
        lock (_gate)
        {
            var now = _runningSince is { } since ? _origin + System.GetElapsedTime(since) : _origin;
            if (at < now)
            {
                throw new ArgumentOutOfRangeException(nameof(at), at, $"The clock is at {now:O}; it does not go back.");
            }

            _origin = at.ToUniversalTime();
            _runningSince = null;
        }
    }

    /// <summary>Stops a running clock where it is; returns that instant.</summary>
    public DateTimeOffset Stop() => Advance(TimeSpan.Zero);

    /// <summary>Lets the clock run in real time from <paramref name="from"/> (never earlier than now).</summary>
    public void Run(DateTimeOffset from)
    {
        Stop(from);
        lock (_gate)
        {
            _runningSince = System.GetTimestamp();
        }
    }
}
