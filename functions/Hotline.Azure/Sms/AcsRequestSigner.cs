using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Azure.Sms;

/// <summary>The three headers that authenticate one ACS request.</summary>
public sealed record AcsSignedHeaders(string Date, string ContentHash, string Authorization);

/// <summary>
/// The ACS access-key scheme (HMAC-SHA256), as pure functions so the client policy and the verifier share
/// one definition and tests can check each step.
/// </summary>
/// <remarks>
/// String to sign: <c>METHOD \n pathAndQuery \n x-ms-date;host;x-ms-content-sha256</c>, where host carries the
/// port only when it is not the scheme's default (exactly what <see cref="Uri.Authority"/> and HttpClient's
/// Host header give), the date is RFC 1123 UTC and the content hash is Base64(SHA256(body)).
/// </remarks>
public static class AcsRequestSigner
{
    public const string Scheme = "HMAC-SHA256";
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";
    public const string DateHeader = "x-ms-date";
    public const string ContentHashHeader = "x-ms-content-sha256";

    public static string ComputeContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    public static string FormatDate(DateTimeOffset instant) => instant.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The host as signed: name plus ":port" when the port is not the scheme's default.</summary>
    public static string HostOf(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        return requestUri.Authority;
    }

    public static string BuildStringToSign(string method, string pathAndQuery, string date, string host, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(method);
        return $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";
    }

    public static string ComputeSignature(ReadOnlySpan<byte> key, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(stringToSign);
        // The documented algorithm signs the ASCII bytes; a request target is ASCII once percent-encoded.
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(stringToSign)));
    }

    public static string FormatAuthorization(string signature) => $"{Scheme} SignedHeaders={SignedHeaders}&Signature={signature}";

    /// <summary>Signs one request: computes the date, content hash and Authorization headers.</summary>
    public static AcsSignedHeaders Sign(string method, Uri requestUri, ReadOnlySpan<byte> body, DateTimeOffset now, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        var date = FormatDate(now);
        var contentHash = ComputeContentHash(body);
        var stringToSign = BuildStringToSign(method, requestUri.PathAndQuery, date, HostOf(requestUri), contentHash);
        return new AcsSignedHeaders(date, contentHash, FormatAuthorization(ComputeSignature(key, stringToSign)));
    }
}
