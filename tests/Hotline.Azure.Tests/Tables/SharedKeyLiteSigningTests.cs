using System.Net;
using Azure.Core.Pipeline;
using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

/// <summary>
/// Expected signatures were computed outside .NET from the documented algorithm
/// (Base64(HMAC-SHA256(Base64Decode(key), UTF-8(string to sign))), with Python's hmac and with
/// <c>openssl dgst -sha256 -mac HMAC</c>, which agree.
/// </summary>
public sealed class SharedKeyLiteSigningTests
{
    private const string Date = "Sun, 22 Nov 2026 10:00:00 GMT";
    private static readonly byte[] DevKey = Convert.FromBase64String(TableConnectionString.DevelopmentAccountKey);

    [Fact]
    public void StringToSign_PathStyleAzurite_RepeatsAccountAndIgnoresNonCompQuery()
    {
        var sts = TableSharedKeyLitePolicy.BuildStringToSign(
            Date, "devstoreaccount1",
            new Uri("http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='c1',RowKey='state')?$select=Name&$top=5"));

        Assert.Equal("Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/Cases(PartitionKey='c1',RowKey='state')", sts);
    }

    [Fact]
    public void StringToSign_CompParameter_IsTheOnlyQuerySigned()
    {
        var sts = TableSharedKeyLitePolicy.BuildStringToSign(
            Date, "devstoreaccount1", new Uri("https://devstoreaccount1.table.core.windows.net/?restype=service&comp=properties"));

        Assert.Equal("Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/?comp=properties", sts);
    }

    [Theory]
    [InlineData("Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/Cases(PartitionKey='c1',RowKey='state')", "2hVY0Cg140d2egaHx7E9jTQirirtl5FS+qTXZLl6dxA=")]
    [InlineData("Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/?comp=properties", "Rsv3nggq0yu7dSesAMma1PUfHWPSa1zn3nEfK8uU0VU=")]
    public void Signature_MatchesVectorComputedOutsideDotNet(string stringToSign, string expected)
    {
        Assert.Equal(expected, TableSharedKeyLitePolicy.ComputeSignature(stringToSign, DevKey));
    }

    [Fact]
    public async Task Pipeline_SignsEachRequestWithDateAndAuthorization()
    {
        var handler = new StubHandler(_ => StubHandler.Json(HttpStatusCode.NotFound, """{"odata.error":{"code":"ResourceNotFound","message":{"value":"gone"}}}"""));
        var options = new TableClientOptions
        {
            Transport = new HttpClientTransport(handler),
            TimeProvider = new FixedTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)),
        };
        var client = new TableClient(
            new Uri("http://127.0.0.1:10002/devstoreaccount1"), "Cases",
            new TableSharedKeyCredential("devstoreaccount1", TableConnectionString.DevelopmentAccountKey), options);

        var result = await client.GetEntityIfExistsAsync("c1", "state");

        Assert.False(result.HasValue);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(Date, request.Headers.GetValues("x-ms-date").Single());
        Assert.Equal("SharedKeyLite devstoreaccount1:2hVY0Cg140d2egaHx7E9jTQirirtl5FS+qTXZLl6dxA=", request.Headers.Authorization?.ToString());
        Assert.Equal("2020-12-06", request.Headers.GetValues("x-ms-version").Single());
        Assert.Equal("application/json; odata=minimalmetadata", request.Headers.Accept.Single().ToString());
    }
}
