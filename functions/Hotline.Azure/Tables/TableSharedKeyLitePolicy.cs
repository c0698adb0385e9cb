using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Azure.Tables;

/// <summary>Signs each attempt of a request with SharedKeyLite, the scheme the Table service documents.</summary>
/// <remarks>
/// Runs per retry: <c>x-ms-date</c> is part of the signature and must be fresh on every attempt, since the
/// service rejects dates more than 15 minutes old.
/// </remarks>
internal sealed class TableSharedKeyLitePolicy(TableSharedKeyCredential credential, TimeProvider timeProvider)
    : HttpPipelineSynchronousPolicy
{
    internal const string DateHeader = "x-ms-date";

    public override void OnSendingRequest(HttpMessage message)
    {
        var date = timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue(DateHeader, date);

        var stringToSign = BuildStringToSign(date, credential.AccountName, message.Request.Uri.ToUri());
        message.Request.Headers.SetValue(
            HttpHeader.Names.Authorization,
            $"SharedKeyLite {credential.AccountName}:{ComputeSignature(stringToSign, credential.KeyBytes)}");
    }

    /// <summary>
    /// <c>x-ms-date + "\n" + "/" + account + path [+ "?comp=" + value]</c>. On path-style endpoints (Azurite) the
    /// path already starts with the account, so it appears twice; no other query parameter is signed.
    /// </summary>
    internal static string BuildStringToSign(string date, string accountName, Uri requestUri)
    {
        var resource = new StringBuilder()
            .Append('/').Append(accountName).Append(requestUri.AbsolutePath);

        var comp = FindCompParameter(requestUri.Query);
        if (comp is not null)
        {
            resource.Append("?comp=").Append(comp);
        }

        return date + "\n" + resource;
    }

    /// <summary>Base64(HMAC-SHA256(key, UTF-8(stringToSign))).</summary>
    internal static string ComputeSignature(string stringToSign, byte[] key) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));

    private static string? FindCompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            if (string.Equals(name, "comp", StringComparison.OrdinalIgnoreCase))
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
