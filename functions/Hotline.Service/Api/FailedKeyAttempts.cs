using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Api;

/// <summary>
/// Wrong API keys, counted per source address with the framework's fixed-window limiter: past the limit the address is
/// answered 429 without its key even being looked at, until the window ends, so keys cannot be guessed at speed. Only
/// wrong keys count (a missing key is not a guess), and each is logged masked — never the key itself.
/// </summary>
public sealed partial class FailedKeyAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ILogger _log;

    /// <param name="log">Optional so a container without logging still authenticates (its failures then go unlogged).</param>
    public FailedKeyAttempts(ApiOptions options, ILogger<FailedKeyAttempts>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _log = log ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        Window = options.FailedKeyWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.FailedKeyLimit,
            Window = options.FailedKeyWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public TimeSpan Window { get; }

    /// <summary>True when the address has used up its wrong keys for this window.</summary>
    public bool IsBlocked(HttpContext context) => _limiter.GetStatistics(Address(context))?.CurrentAvailablePermits <= 0;

    /// <summary>Counts one wrong key against the address and logs it masked.</summary>
    public void Record(HttpContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = Address(context);
        using var lease = _limiter.AttemptAcquire(address);
        LogFailed(_log, address, Mask(key), context.Request.Method, context.Request.Path.Value ?? "", !lease.IsAcquired);
    }

    /// <summary>What a log may say about a key: its first two characters and its length (enough to tell a typo from a stranger).</summary>
    public static string Mask(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= 4 ? $"*** ({key.Length} chars)" : $"{key[..2]}*** ({key.Length} chars)";
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => _limiter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong API key from {Address}: {MaskedKey} on {Method} {Path}; limit reached: {Blocked}.")]
    private static partial void LogFailed(ILogger log, string address, string maskedKey, string method, string path, bool blocked);
}
