namespace Hotline.Local.Tests;

/// <summary>Polls until a condition holds: the engine is asynchronous, so tests wait for what they expect to see.</summary>
public static class Eventually
{
    /// <exception cref="TimeoutException">The condition did not hold within <paramref name="within"/> (30 s by default).</exception>
    public static async Task Until(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(30);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(50);
        }
    }

    public static Task Until(Func<bool> condition, string what, TimeSpan? within = null) => Until(() => Task.FromResult(condition()), what, within);
}
