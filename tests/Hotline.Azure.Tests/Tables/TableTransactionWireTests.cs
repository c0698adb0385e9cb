using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure;
using Azure.Core.Pipeline;
using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

/// <summary>
/// The $batch wire format against the shapes the Azure documentation shows (CRLF, nested changeset response),
/// which differ in detail from Azurite's.
/// </summary>
public sealed class TableTransactionWireTests
{
    private const string FailedResponse =
        "--batchresponse_7ab1\r\n" +
        "Content-Type: multipart/mixed; boundary=changesetresponse_91cd\r\n" +
        "\r\n" +
        "--changesetresponse_91cd\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 412 Precondition Failed\r\n" +
        "X-Content-Type-Options: nosniff\r\n" +
        "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n" +
        "\r\n" +
        "{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The update condition specified in the request was not satisfied.\\nRequestId:1\\nTime:2026-11-22T10:00:00Z\"}}}\r\n" +
        "--changesetresponse_91cd--\r\n" +
        "--batchresponse_7ab1--\r\n";

    [Fact]
    public async Task FailedPart_InDocumentedFormat_ThrowsWithIndexStatusAndCode()
    {
        var (client, _) = CreateClient("batchresponse_7ab1", FailedResponse);

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "b"), new ETag("W/\"1\"")),
        ]));

        Assert.Equal((1, 412, "UpdateConditionNotSatisfied"), (ex.FailedOperationIndex, ex.Status, ex.ErrorCode));
    }

    [Fact]
    public async Task Request_IsOneChangesetWithAnEmbeddedRequestPerAction()
    {
        var success =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
            Part("ETag: W/\"a\"") + Part("ETag: W/\"b\"") + Part(string.Empty) +
            "--changesetresponse_2--\r\n--batchresponse_1--\r\n";
        var (client, handler) = CreateClient("batchresponse_1", success);

        var results = await client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["N"] = 1L }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "it's")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "c")),
        ]);

        Assert.Equal(["W/\"a\"", "W/\"b\""], results.Value.Take(2).Select(r => r.Headers.ETag.ToString()));
        var request = handler.Requests.Single();
        Assert.Equal("/devstoreaccount1/$batch", request.RequestUri!.AbsolutePath);
        Assert.StartsWith("multipart/mixed; boundary=batch_", request.Content!.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var body = handler.RequestBodies.Single()!;
        Assert.Contains("POST http://127.0.0.1:10002/devstoreaccount1/Cases HTTP/1.1\r\n", body, StringComparison.Ordinal);
        Assert.Contains("PATCH http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='it%27%27s') HTTP/1.1\r\n", body, StringComparison.Ordinal);
        Assert.Contains("DELETE http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='c') HTTP/1.1\r\n", body, StringComparison.Ordinal);
        Assert.Contains("If-Match: *\r\n", body, StringComparison.Ordinal);
        Assert.Contains("\"N@odata.type\":\"Edm.Int64\",\"N\":\"1\"", body, StringComparison.Ordinal);
    }

    private static string Part(string header) =>
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        "HTTP/1.1 204 No Content\r\n" + (header.Length > 0 ? header + "\r\n" : string.Empty) + "\r\n\r\n";

    private static (TableClient Client, StubHandler Handler) CreateClient(string boundary, string multipartBody)
    {
        var handler = new StubHandler(_ =>
        {
            var content = new StringContent(multipartBody, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=" + boundary);
            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = content };
        });
        var client = new TableClient(
            new Uri("http://127.0.0.1:10002/devstoreaccount1"), "Cases",
            new TableSharedKeyCredential("devstoreaccount1", TableConnectionString.DevelopmentAccountKey),
            new TableClientOptions { Transport = new HttpClientTransport(handler) });
        return (client, handler);
    }
}
