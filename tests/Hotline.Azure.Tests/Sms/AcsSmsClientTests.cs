using Azure;
using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class AcsSmsClientTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FirstSent = new(2026, 12, 1, 1, 59, 0, TimeSpan.Zero);
    private readonly FixedTimeProvider _clock = new(AcsTestKeys.Now);
    private FakeAcsServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAcsServer.StartAsync(AcsTestKeys.Key, _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_OneRecipient_PostsSignedDocumentedBodyAndReadsResult()
    {
        var recipient = new AcsSmsRecipient("+8613812345678", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), FirstSent);

        var response = await Client().SendAsync("+18005550100", [recipient], "工单 HL-0001 已派给您", enableDeliveryReport: true, tag: "out-1");

        var request = Assert.Single(_server.Requests);
        Assert.True(request.Signature.IsValid, request.Signature.Reason);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/sms?api-version=2021-03-07", request.Target);
        var body = request.Json;
        Assert.Equal("+18005550100", body.GetProperty("from").GetString());
        Assert.Equal("工单 HL-0001 已派给您", body.GetProperty("message").GetString());
        var sent = Assert.Single(body.GetProperty("smsRecipients").EnumerateArray().ToList());
        Assert.Equal("+8613812345678", sent.GetProperty("to").GetString());
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", sent.GetProperty("repeatabilityRequestId").GetString());
        Assert.Equal("Tue, 01 Dec 2026 01:59:00 GMT", sent.GetProperty("repeatabilityFirstSent").GetString());
        Assert.True(body.GetProperty("smsSendOptions").GetProperty("enableDeliveryReport").GetBoolean());
        Assert.Equal("out-1", body.GetProperty("smsSendOptions").GetProperty("tag").GetString());
        Assert.Equal(202, response.GetRawResponse().Status);
        Assert.Equal(new AcsSmsSendResult("+8613812345678", "Outgoing_0001", 202, "accepted", true, null), Assert.Single(response.Value));
    }

    [Fact]
    public async Task SendAsync_202WithOneFailedRecipient_ReturnsEachRecipientsVerdict()
    {
        _server.Enqueue(ScriptedResponse.Results(
            """{"to":"+8613812345678","messageId":"Outgoing_a","httpStatusCode":202,"repeatabilityResult":"accepted","successful":true}""",
            """{"to":"+86123","httpStatusCode":400,"successful":false,"errorMessage":"Invalid To phone number format."}"""));
        AcsSmsRecipient[] recipients = [new("+8613812345678", Guid.NewGuid(), FirstSent), new("+86123", Guid.NewGuid(), FirstSent)];

        var response = await Client().SendAsync("+18005550100", recipients, "test", enableDeliveryReport: false, tag: null);

        Assert.Equal(
            [
                new AcsSmsSendResult("+8613812345678", "Outgoing_a", 202, "accepted", true, null),
                new AcsSmsSendResult("+86123", null, 400, null, false, "Invalid To phone number format."),
            ],
            response.Value);
        Assert.False(_server.Requests.Single().Json.GetProperty("smsSendOptions").TryGetProperty("tag", out _));
    }

    [Fact]
    public async Task SendAsync_503ThenAccepted_RetriesWithTheSameRepeatabilityRequestId()
    {
        _server.Enqueue(ScriptedResponse.Error(503, "ServiceUnavailable", "Try again."));
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

        var response = await Client().SendAsync("+18005550100", [new AcsSmsRecipient("+8613812345678", id, FirstSent)], "test", true, "out-2");

        Assert.True(Assert.Single(response.Value).Successful);
        Assert.Collection(
            _server.Requests,
            first => AssertRecipient(first, id),
            second => AssertRecipient(second, id));

        static void AssertRecipient(RecordedRequest request, Guid id)
        {
            Assert.True(request.Signature.IsValid, request.Signature.Reason);
            var recipient = request.Json.GetProperty("smsRecipients")[0];
            Assert.Equal(id.ToString(), recipient.GetProperty("repeatabilityRequestId").GetString());
            Assert.Equal("Tue, 01 Dec 2026 01:59:00 GMT", recipient.GetProperty("repeatabilityFirstSent").GetString());
        }
    }

    [Fact]
    public async Task SendAsync_RetryTwentyMinutesLater_IsSignedAfreshAndAccepted()
    {
        _server.Enqueue(ScriptedResponse.Error(503, "ServiceUnavailable", "Try again.") with { AdvanceClockBy = TimeSpan.FromMinutes(20) });

        var response = await Client().SendAsync("+18005550100", [new AcsSmsRecipient("+8613812345678", Guid.NewGuid(), FirstSent)], "test", true, null);

        Assert.True(Assert.Single(response.Value).Successful);
        Assert.Equal(["Tue, 01 Dec 2026 02:03:04 GMT", "Tue, 01 Dec 2026 02:23:04 GMT"], _server.Requests.Select(r => r.Date));
        Assert.All(_server.Requests, r => Assert.True(r.Signature.IsValid, r.Signature.Reason));
    }

    [Fact]
    public async Task SendAsync_WrongAccessKey_ThrowsRequestFailed401WithoutRetrying()
    {
        var wrongKey = $"endpoint={_server.Endpoint};accesskey={Convert.ToBase64String(AcsTestKeys.OtherKey)}";
        var client = new AcsSmsClient(wrongKey, Options());

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync("+18005550100", [new AcsSmsRecipient("+8613812345678", Guid.NewGuid(), FirstSent)], "test", true, null));

        Assert.Equal(401, error.Status);
        Assert.Equal("Denied", error.ErrorCode);
        Assert.Equal("signature does not match", Assert.Single(_server.Requests).Signature.Reason);
    }

    [Fact]
    public async Task SendAsync_ClientClockTwentyMinutesSlow_IsRefusedAsStale()
    {
        var slowClock = new FixedTimeProvider(AcsTestKeys.Now.AddMinutes(-20));
        var client = new AcsSmsClient(_server.ConnectionString, new AcsSmsClientOptions { TimeProvider = slowClock });

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync("+18005550100", [new AcsSmsRecipient("+8613812345678", Guid.NewGuid(), FirstSent)], "test", true, null));

        Assert.Equal(401, error.Status);
        Assert.Contains("more than 15 minutes", Assert.Single(_server.Requests).Signature.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoRecipients_IsRefusedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client().SendAsync("+18005550100", [], "test", true, null));

        Assert.Empty(_server.Requests);
    }

    private AcsSmsClient Client() => new(_server.ConnectionString, Options());

    private AcsSmsClientOptions Options() => new()
    {
        TimeProvider = _clock,
        Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
    };
}
