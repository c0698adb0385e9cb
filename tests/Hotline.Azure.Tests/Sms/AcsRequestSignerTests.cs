using System.Security.Cryptography;
using System.Text;
using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class AcsRequestSignerTests
{
    private const string Body = """{"from":"+18005550100","message":"hi"}""";

    // Expected values computed outside .NET with openssl from the documented algorithm:
    //   printf '%s' "$BODY" | openssl dgst -sha256 -binary | base64
    //   printf 'POST\n/sms?api-version=2021-03-07\n<date>;<host>;<hash>' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key> -binary | base64
    private const string BodyHash = "bWQ1+Kau4t0WrcMV6hjr3+83fCOyO1oDv1AxwuUC+kc=";

    [Theory]
    [InlineData("https://hotline.communication.azure.com/sms?api-version=2021-03-07", "/w3vplEBBtOwU4mAoqSXc0DP81aKnDS0xRwakobc4mo=")]
    [InlineData("https://hotline.communication.azure.com:443/sms?api-version=2021-03-07", "/w3vplEBBtOwU4mAoqSXc0DP81aKnDS0xRwakobc4mo=")]
    [InlineData("http://127.0.0.1:8443/sms?api-version=2021-03-07", "HC1VHnIonay0wKKu0npAuD34UnKIvdxQyc6rzUNL18g=")]
    public void Sign_FixedKeyDateAndBody_MatchesVectorComputedWithOpenssl(string uri, string expectedSignature)
    {
        var signed = AcsRequestSigner.Sign("POST", new Uri(uri), Encoding.UTF8.GetBytes(Body), AcsTestKeys.Now, AcsTestKeys.Key);

        Assert.Equal(AcsTestKeys.NowRfc1123, signed.Date);
        Assert.Equal(BodyHash, signed.ContentHash);
        Assert.Equal($"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={expectedSignature}", signed.Authorization);
    }

    [Fact]
    public void Sign_AgreesWithHmacSha256ComputedStepByStep()
    {
        var uri = new Uri("https://contoso.communication.azure.com/sms?api-version=2021-03-07");
        var body = Encoding.UTF8.GetBytes("""{"message":"请回复 1 确认已安排"}""");
        var at = new DateTimeOffset(2026, 1, 2, 11, 0, 0, TimeSpan.FromHours(8)); // 03:00 UTC

        var signed = AcsRequestSigner.Sign("post", uri, body, at, AcsTestKeys.Key);

        var contentHash = Convert.ToBase64String(SHA256.HashData(body));
        var stringToSign = "POST\n/sms?api-version=2021-03-07\nFri, 02 Jan 2026 03:00:00 GMT;contoso.communication.azure.com;" + contentHash;
        using var hmac = new HMACSHA256(AcsTestKeys.Key);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(stringToSign)));
        Assert.Equal(new AcsSignedHeaders("Fri, 02 Jan 2026 03:00:00 GMT", contentHash, "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature), signed);
    }

    [Fact]
    public void ComputeContentHash_EmptyBody_IsSha256OfNothing()
    {
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", AcsRequestSigner.ComputeContentHash([]));
    }

    [Theory]
    [InlineData("https://x.communication.azure.com/sms", "x.communication.azure.com")]
    [InlineData("https://x.communication.azure.com:443/sms", "x.communication.azure.com")]
    [InlineData("https://x.communication.azure.com:8443/sms", "x.communication.azure.com:8443")]
    [InlineData("http://127.0.0.1:80/sms", "127.0.0.1")]
    [InlineData("http://127.0.0.1:5123/sms", "127.0.0.1:5123")]
    public void HostOf_KeepsOnlyNonDefaultPorts(string uri, string expected)
    {
        Assert.Equal(expected, AcsRequestSigner.HostOf(new Uri(uri)));
    }
}
