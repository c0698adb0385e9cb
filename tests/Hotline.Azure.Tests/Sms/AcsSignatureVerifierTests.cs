using System.Text;
using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class AcsSignatureVerifierTests
{
    private static readonly Uri SendUri = new("http://127.0.0.1:5123/sms?api-version=2021-03-07");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"from":"+18005550100","smsRecipients":[{"to":"+8613812345678"}],"message":"您有新的工单"}""");

    [Fact]
    public void Verify_WhatTheSignerProduced_IsValid()
    {
        var check = AcsSignatureVerifier.Verify(SignedRequest(), AcsTestKeys.Key, AcsTestKeys.Now);

        Assert.True(check.IsValid, check.Reason);
    }

    [Theory]
    [InlineData(-15)]
    [InlineData(14)]
    [InlineData(15)]
    public void Verify_DateWithinFifteenMinutes_IsValid(int serverClockOffsetMinutes)
    {
        var check = AcsSignatureVerifier.Verify(SignedRequest(), AcsTestKeys.Key, AcsTestKeys.Now.AddMinutes(serverClockOffsetMinutes));

        Assert.True(check.IsValid, check.Reason);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public void Verify_StaleOrFutureDate_IsRejected(int serverClockOffsetMinutes)
    {
        var check = AcsSignatureVerifier.Verify(SignedRequest(), AcsTestKeys.Key, AcsTestKeys.Now.AddMinutes(serverClockOffsetMinutes));

        Assert.False(check.IsValid);
        Assert.Contains("more than 15 minutes", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TamperedBody_IsRejectedForTheContentHash()
    {
        var tampered = SignedRequest() with { Body = Encoding.UTF8.GetBytes("""{"from":"+18005550100","message":"evil"}""") };

        var check = AcsSignatureVerifier.Verify(tampered, AcsTestKeys.Key, AcsTestKeys.Now);

        Assert.Equal(AcsSignatureCheck.Invalid("x-ms-content-sha256 does not match the body"), check);
    }

    [Fact]
    public void Verify_TamperedBodyWithRecomputedHash_IsRejectedForTheSignature()
    {
        var evil = Encoding.UTF8.GetBytes("""{"message":"evil"}""");
        var tampered = SignedRequest() with { Body = evil, ContentHash = AcsRequestSigner.ComputeContentHash(evil) };

        var check = AcsSignatureVerifier.Verify(tampered, AcsTestKeys.Key, AcsTestKeys.Now);

        Assert.Equal(AcsSignatureCheck.Invalid("signature does not match"), check);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_IsRejected()
    {
        var check = AcsSignatureVerifier.Verify(SignedRequest(AcsTestKeys.OtherKey), AcsTestKeys.Key, AcsTestKeys.Now);

        Assert.Equal(AcsSignatureCheck.Invalid("signature does not match"), check);
    }

    [Theory]
    [InlineData("host")]
    [InlineData("path")]
    [InlineData("method")]
    public void Verify_ReplayedToAnotherHostPathOrMethod_IsRejected(string changed)
    {
        var request = SignedRequest();
        request = changed switch
        {
            "host" => request with { Host = "127.0.0.1:5124" },
            "path" => request with { PathAndQuery = "/sms?api-version=2025-01-01" },
            _ => request with { Method = "PUT" },
        };

        Assert.False(AcsSignatureVerifier.Verify(request, AcsTestKeys.Key, AcsTestKeys.Now).IsValid);
    }

    [Theory]
    [InlineData("date", "missing x-ms-date header")]
    [InlineData("hash", "missing x-ms-content-sha256 header")]
    [InlineData("authorization", "missing Authorization header")]
    [InlineData("scheme", "Authorization is not")]
    [InlineData("signedHeaders", "SignedHeaders must be")]
    [InlineData("signature", "Signature is not base64")]
    [InlineData("dateFormat", "is not an RFC 1123 date")]
    public void Verify_MissingOrMalformedHeaders_NamesTheProblem(string broken, string expected)
    {
        var request = SignedRequest();
        request = broken switch
        {
            "date" => request with { Date = null },
            "hash" => request with { ContentHash = "" },
            "authorization" => request with { Authorization = null },
            "scheme" => request with { Authorization = request.Authorization!.Replace("HMAC-SHA256", "SharedKey", StringComparison.Ordinal) },
            "signedHeaders" => request with { Authorization = request.Authorization!.Replace("x-ms-date;host;", "host;x-ms-date;", StringComparison.Ordinal) },
            "signature" => request with { Authorization = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=%%%" },
            _ => request with { Date = "2026-12-01T02:03:04Z" },
        };

        var check = AcsSignatureVerifier.Verify(request, AcsTestKeys.Key, AcsTestKeys.Now);

        Assert.False(check.IsValid);
        Assert.Contains(expected, check.Reason, StringComparison.Ordinal);
    }

    private static AcsSignedRequest SignedRequest(byte[]? key = null)
    {
        var signed = AcsRequestSigner.Sign("POST", SendUri, Body, AcsTestKeys.Now, key ?? AcsTestKeys.Key);
        return new AcsSignedRequest("POST", SendUri.PathAndQuery, "127.0.0.1:5123", signed.Date, signed.ContentHash, signed.Authorization, Body);
    }
}
