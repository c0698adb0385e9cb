using System.Globalization;
using Azure;
using Hotline.Service.Sms;

namespace Hotline.Azure.Sms;

/// <summary>Turns ACS answers into the port's three outcomes: accepted, worth retrying, or hopeless.</summary>
internal static class AcsSendOutcomes
{
    /// <summary>A 202 came back: its per-recipient entry decides.</summary>
    public static SmsSendOutcome FromResults(IReadOnlyList<AcsSmsSendResult> results, string to)
    {
        var result = results.FirstOrDefault(r => r.To == to) ?? (results.Count == 1 ? results[0] : null);
        if (result is null)
        {
            // Repeatability makes a retry safe, and a retry may get a readable answer.
            return new SmsSendOutcome.TransientFailure($"ACS answered 202 without a result for {to}.", null);
        }

        if (result.Successful && !string.IsNullOrEmpty(result.MessageId))
        {
            return new SmsSendOutcome.Accepted(result.MessageId);
        }

        var detail = $"{result.HttpStatusCode} {result.ErrorMessage ?? "(no message)"}";
        if (result.Successful)
        {
            return new SmsSendOutcome.TransientFailure($"ACS accepted {to} but gave no message id ({detail}).", null);
        }

        return IsTransientStatus(result.HttpStatusCode)
            ? new SmsSendOutcome.TransientFailure($"ACS could not take the message for {to} now: {detail}.", null)
            : new SmsSendOutcome.PermanentFailure($"ACS refused the message for {to}: {detail}.");
    }

    /// <summary>The request failed as a whole, after the pipeline's own retries.</summary>
    public static SmsSendOutcome FromFailedRequest(RequestFailedException failure, DateTimeOffset now)
    {
        var reason = FirstLine(failure.Message);
        if (failure.Status == 0)
        {
            return new SmsSendOutcome.TransientFailure($"ACS could not be reached: {reason}", null);
        }

        var what = $"ACS answered {failure.Status}{(failure.ErrorCode is { } code ? " " + code : string.Empty)}: {reason}";
        if (IsTransientStatus(failure.Status))
        {
            return new SmsSendOutcome.TransientFailure(what, RetryAfter(failure.GetRawResponse(), now));
        }

        // A 2xx here is a 202 whose body could not be read: the send may have happened, and a retry with the same
        // repeatability id returns the original result rather than sending twice.
        return failure.Status is >= 200 and < 300
            ? new SmsSendOutcome.TransientFailure(what, null)
            : new SmsSendOutcome.PermanentFailure(what);
    }

    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;

    /// <summary>Reads retry-after-ms, x-ms-retry-after-ms, then Retry-After (seconds or an HTTP date).</summary>
    internal static TimeSpan? RetryAfter(Response? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var header in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(header, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return TimeSpan.FromMilliseconds(value);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var retryAfter) || string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(retryAfter.Trim(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
