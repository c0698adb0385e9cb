using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

public sealed class TableConnectionStringTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_IsAzuriteWellKnownAccount()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.Credential.AccountName);
        Assert.Equal(Convert.FromBase64String(TableConnectionString.DevelopmentAccountKey), parsed.Credential.KeyBytes);
    }

    [Fact]
    public void Parse_AccountAndSuffix_DerivesTableEndpoint()
    {
        var parsed = TableConnectionString.Parse(
            "DefaultEndpointsProtocol=https;AccountName=hotlineprod;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://hotlineprod.table.core.chinacloudapi.cn/"), parsed.TableEndpoint);
        Assert.Equal("hotlineprod", parsed.Credential.AccountName);
        Assert.Equal("key"u8.ToArray(), parsed.Credential.KeyBytes);
    }

    [Fact]
    public void Parse_NoSuffix_DefaultsToPublicCloud()
    {
        var parsed = TableConnectionString.Parse("AccountName=acct;AccountKey=a2V5");

        Assert.Equal(new Uri("https://acct.table.core.windows.net/"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_ExplicitTableEndpoint_WinsAndKeepsPath()
    {
        var parsed = TableConnectionString.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:51234/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:51234/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_KeyWithPaddingAndCaseInsensitiveNames_Works()
    {
        var parsed = TableConnectionString.Parse("accountname=acct; ACCOUNTKEY=a2V5Cg==");

        Assert.Equal("key\n"u8.ToArray(), parsed.Credential.KeyBytes);
    }

    [Theory]
    [InlineData("AccountName=acct", "AccountKey")]
    [InlineData("AccountKey=a2V5", "AccountName")]
    [InlineData("TableEndpoint=https://x/;SharedAccessSignature=sv=2020", "AccountName")]
    [InlineData("AccountName=acct;AccountKey=not base64!", "base64")]
    [InlineData("AccountName=acct;AccountKey=a2V5;TableEndpoint=/relative", "TableEndpoint")]
    [InlineData("AccountName=acct;AccountKey=a2V5;DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=a2V5", "more than once")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage")]
    [InlineData("UseDevelopmentStorage=true;AccountName=x", "cannot be combined")]
    [InlineData("AccountName=acct;justakey", "segment 2")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheProblem(string connectionString, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => TableConnectionString.Parse(connectionString));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.DoesNotContain(TableConnectionString.DevelopmentAccountKey, parsed.ToString(), StringComparison.Ordinal);
        Assert.Contains("devstoreaccount1", parsed.ToString(), StringComparison.Ordinal);
    }
}
