using System.Globalization;
using System.Security.Cryptography;

namespace Hotline.Azure.Sms;

/// <summary>What a server received: the parts of an HTTP request that the ACS HMAC scheme covers.</summary>
/// <param name="PathAndQuery">The raw request target, e.g. <c>/sms?api-version=2021-03-07</c>.</param>
/// <param name="Host">The Host header as received (name, plus ":port" when not the default).</param>
public sealed record AcsSignedRequest(
    string Method,
    string PathAndQuery,
    string? Host,
    string? Date,
    string? ContentHash,
    string? Authorization,
    ReadOnlyMemory<byte> Body);

/// <summary>The verdict on one request's signature; <see cref="Reason"/> says why it was refused.</summary>
public sealed record AcsSignatureCheck(bool IsValid, string Reason)
{
    public static AcsSignatureCheck Valid { get; } = new(true, "signature valid");

    public static AcsSignatureCheck Invalid(string reason) => new(false, reason);
}

/// <summary>
/// The service side of <see cref="AcsRequestSigner"/>: checks a request as ACS does, so the local SMS
/// simulator refuses exactly what Azure would refuse.
/// </summary>
public static class AcsSignatureVerifier
{
    /// <summary>How far the request's x-ms-date may be from the server's clock, either way.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    private const string SignedHeadersPrefix = AcsRequestSigner.Scheme + " SignedHeaders=";
    private const string SignaturePart = "&Signature=";

    public static AcsSignatureCheck Verify(AcsSignedRequest request, ReadOnlySpan<byte> key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Host))
        {
            return AcsSignatureCheck.Invalid("missing Host header");
        }

        if (string.IsNullOrEmpty(request.Date))
        {
            return AcsSignatureCheck.Invalid($"missing {AcsRequestSigner.DateHeader} header");
        }

        if (string.IsNullOrEmpty(request.ContentHash))
        {
            return AcsSignatureCheck.Invalid($"missing {AcsRequestSigner.ContentHashHeader} header");
        }

        if (!TryReadAuthorization(request.Authorization, out var signedHeaders, out var signature, out var authError))
        {
            return AcsSignatureCheck.Invalid(authError);
        }

        if (!string.Equals(signedHeaders, AcsRequestSigner.SignedHeaders, StringComparison.OrdinalIgnoreCase))
        {
            return AcsSignatureCheck.Invalid($"SignedHeaders must be '{AcsRequestSigner.SignedHeaders}', was '{signedHeaders}'");
        }

        if (!DateTimeOffset.TryParseExact(request.Date, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return AcsSignatureCheck.Invalid($"{AcsRequestSigner.DateHeader} '{request.Date}' is not an RFC 1123 date");
        }

        if ((date - now).Duration() > MaxClockSkew)
        {
            return AcsSignatureCheck.Invalid($"{AcsRequestSigner.DateHeader} {request.Date} is more than {MaxClockSkew.TotalMinutes:0} minutes from the server time");
        }

        if (!string.Equals(request.ContentHash, AcsRequestSigner.ComputeContentHash(request.Body.Span), StringComparison.Ordinal))
        {
            return AcsSignatureCheck.Invalid($"{AcsRequestSigner.ContentHashHeader} does not match the body");
        }

        var stringToSign = AcsRequestSigner.BuildStringToSign(request.Method, request.PathAndQuery, request.Date, request.Host, request.ContentHash);
        var expected = Convert.FromBase64String(AcsRequestSigner.ComputeSignature(key, stringToSign));
        return CryptographicOperations.FixedTimeEquals(expected, signature)
            ? AcsSignatureCheck.Valid
            : AcsSignatureCheck.Invalid("signature does not match");
    }

    private static bool TryReadAuthorization(string? authorization, out string signedHeaders, out byte[] signature, out string error)
    {
        signedHeaders = string.Empty;
        signature = [];
        error = string.Empty;
        if (string.IsNullOrEmpty(authorization))
        {
            error = "missing Authorization header";
            return false;
        }

        var signatureAt = authorization.IndexOf(SignaturePart, StringComparison.Ordinal);
        if (!authorization.StartsWith(SignedHeadersPrefix, StringComparison.Ordinal) || signatureAt < 0)
        {
            error = $"Authorization is not '{SignedHeadersPrefix}…{SignaturePart}…'";
            return false;
        }

        signedHeaders = authorization[SignedHeadersPrefix.Length..signatureAt];
        try
        {
            signature = Convert.FromBase64String(authorization[(signatureAt + SignaturePart.Length)..]);
            return true;
        }
        catch (FormatException)
        {
            error = "Signature is not base64";
            return false;
        }
    }
}
