namespace Hotline.Service.Api;

/// <summary>How the API meets an asynchronous engine.</summary>
public sealed record ApiOptions
{
    /// <summary>
    /// How long a signal's request waits for the case's orchestration to commit it: answered 200 with the new state when
    /// it did within this time, else 202 with the case's URL (the action is queued and will be applied).
    /// </summary>
    public TimeSpan CommitWait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Wrong API keys one source address may send per <see cref="FailedKeyWindow"/> before it is answered 429 (local default).</summary>
    public int FailedKeyLimit { get; init; } = 10;

    public TimeSpan FailedKeyWindow { get; init; } = TimeSpan.FromMinutes(1);
}
