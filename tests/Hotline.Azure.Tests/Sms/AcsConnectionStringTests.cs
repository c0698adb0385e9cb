using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class AcsConnectionStringTests
{
    [Fact]
    public void Parse_DocumentedForm_YieldsEndpointAndDecodedKey()
    {
        var parsed = AcsConnectionString.Parse($"endpoint=https://hotline.communication.azure.com/;accesskey={AcsTestKeys.KeyBase64}");

        Assert.Equal(new Uri("https://hotline.communication.azure.com/"), parsed.Endpoint);
        Assert.Equal(AcsTestKeys.Key, parsed.Key.ToArray());
    }

    [Fact]
    public void Parse_AnyCaseOrderAndSpacing_EndpointGainsTrailingSlash()
    {
        var parsed = AcsConnectionString.Parse($" AccessKey = {AcsTestKeys.KeyBase64} ; Endpoint=http://127.0.0.1:5123/acs ;");

        Assert.Equal("http://127.0.0.1:5123/acs/", parsed.Endpoint.AbsoluteUri);
        Assert.Equal(AcsTestKeys.Key, parsed.Key.ToArray());
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        var parsed = AcsConnectionString.Parse($"endpoint=https://x.communication.azure.com/;accesskey={AcsTestKeys.KeyBase64}");

        Assert.DoesNotContain(AcsTestKeys.KeyBase64, parsed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("accesskey=aGk=", "no 'endpoint='")]
    [InlineData("endpoint=https://x.communication.azure.com/", "no 'accesskey='")]
    [InlineData("endpoint=https://x.communication.azure.com/;accesskey=not*base64", "not valid base64")]
    [InlineData("endpoint=x.communication.azure.com;accesskey=aGk=", "not an absolute http(s) URL")]
    [InlineData("endpoint=ftp://x.communication.azure.com/;accesskey=aGk=", "not an absolute http(s) URL")]
    [InlineData("endpoint=https://x.communication.azure.com/;accesskey", "without 'name=value'")]
    public void Parse_Malformed_ThrowsFormatExceptionSayingWhy(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => AcsConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
