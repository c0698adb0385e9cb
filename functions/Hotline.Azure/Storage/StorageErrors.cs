using Azure;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Turns what is left of a failed Table call, once Azure.Core has retried it, into
/// <see cref="StorageUnavailableException"/>, which the HTTP layer answers with 503.
/// </summary>
/// <remarks>
/// Conflicts the stores expect (409, 412, 404 where it means "absent") are handled inside each operation before
/// reaching this guard, so any <see cref="RequestFailedException"/> arriving here is a real failure: a server
/// error, a refused connection (status 0), a timeout, or a configuration problem such as a missing table.
/// </remarks>
internal static class StorageErrors
{
    public static async Task<T> GuardAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            throw new StorageUnavailableException($"Table storage is unavailable: {Describe(ex)}", ex);
        }
    }

    public static async Task GuardAsync(Func<Task> operation, CancellationToken cancellationToken) =>
        await GuardAsync(
            async () =>
            {
                await operation();
                return true;
            },
            cancellationToken);

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException => true,

        // Azure.Core's retry policy throws an AggregateException holding every attempt's failure.
        AggregateException aggregate => aggregate.InnerExceptions.All(e => IsUnavailable(e, cancellationToken)),

        // Azure.Core's network timeout surfaces as a cancellation nobody asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    private static string Describe(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 } r => r.Message,
        RequestFailedException r => $"status {r.Status} {r.ErrorCode}",
        AggregateException a => Describe(a.InnerExceptions[^1]),
        _ => ex.Message,
    };
}
