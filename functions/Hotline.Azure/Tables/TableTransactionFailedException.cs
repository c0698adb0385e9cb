using System.Globalization;
using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// An entity-group transaction was rejected; nothing of it was applied. <see cref="FailedOperationIndex"/>
/// names the culprit when the service says which one it was.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    /// <summary>Wraps the failure of a transaction, keeping its status, error code and message.</summary>
    public TableTransactionFailedException(RequestFailedException requestFailedException)
        : base(
            requestFailedException?.Status ?? throw new ArgumentNullException(nameof(requestFailedException)),
            requestFailedException.Message,
            requestFailedException.ErrorCode,
            requestFailedException)
    {
        FailedOperationIndex = ParseIndex(requestFailedException.Message);
    }

    /// <summary>
    /// Zero-based index, in submission order, of the operation that failed; null when the failure concerns the
    /// whole request (the Azure SDK calls this <c>FailedTransactionActionIndex</c>).
    /// </summary>
    public int? FailedOperationIndex { get; }

    /// <summary>The service starts the message of a failed operation with "{index}:".</summary>
    internal static int? ParseIndex(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }
}
