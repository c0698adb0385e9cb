namespace Hotline.Service.Cases;

/// <summary>
/// The clock of the manual clock mode (tests and demos): it stands still until told to move, so a whole case
/// lifecycle of weeks can be driven in seconds. Only <see cref="GetUtcNow"/> is overridden: background loops
/// still poll on real time, but every deadline is judged against this clock.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward; it never goes back, so no deadline is seen twice in a different order.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
            return _now;
        }
    }

    public DateTimeOffset SetUtcNow(DateTimeOffset to)
    {
        lock (_gate)
        {
            if (to < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(to), to, $"The clock is at {_now:O}; it does not go back.");
            }

            _now = to.ToUniversalTime();
            return _now;
        }
    }
}
