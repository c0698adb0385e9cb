using System.Net;
using System.Net.Sockets;
using Hotline.Azure.Sms;
using Hotline.Service.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class AcsSmsGatewayTests : IAsyncLifetime
{
    private const string From = "+18005550100";
    private static readonly OutgoingSms Sms = new("HL-20261201-0001/out-000003", "+8613812345678", "工单 HL-20261201-0001 已派给您，请回复 1 确认。", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly FixedTimeProvider _clock = new(AcsTestKeys.Now);
    private FakeAcsServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAcsServer.StartAsync(AcsTestKeys.Key, _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task SendAsync_AcsAcceptsTheResponsiblePerson_ReturnsProviderMessageId()
    {
        var outcome = await Gateway().SendAsync(Sms, CancellationToken.None);

        Assert.Equal(new SmsSendOutcome.Accepted("Outgoing_0001"), outcome);
        var request = Assert.Single(_server.Requests);
        Assert.True(request.Signature.IsValid, request.Signature.Reason);
        Assert.Equal(From, request.Json.GetProperty("from").GetString());
        Assert.Equal(Sms.Text, request.Json.GetProperty("message").GetString());
        var options = request.Json.GetProperty("smsSendOptions");
        Assert.True(options.GetProperty("enableDeliveryReport").GetBoolean());
        Assert.Equal(Sms.OutboxId, options.GetProperty("tag").GetString());
        var recipient = request.Json.GetProperty("smsRecipients")[0];
        Assert.Equal(Sms.To, recipient.GetProperty("to").GetString());
        Assert.Equal(NameBasedGuid.ForSmsOutbox(Sms.OutboxId).ToString(), recipient.GetProperty("repeatabilityRequestId").GetString());
        Assert.Equal("Tue, 01 Dec 2026 02:00:00 GMT", recipient.GetProperty("repeatabilityFirstSent").GetString());
    }

    [Fact]
    public async Task SendAsync_SameOutboxRowTwice_SendsIdenticalRepeatabilityFields()
    {
        await Gateway().SendAsync(Sms, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Gateway().SendAsync(Sms, CancellationToken.None);

        var recipients = _server.Requests.Select(r => r.Json.GetProperty("smsRecipients")[0].GetRawText()).ToList();
        Assert.Equal(2, recipients.Count);
        Assert.Equal(recipients[0], recipients[1]);
    }

    [Fact]
    public async Task SendAsync_503ThenAccepted_PipelineRetriesWithTheSameRepeatabilityRequestId()
    {
        _server.Enqueue(ScriptedResponse.Error(503, "ServiceUnavailable", "Busy."));

        var outcome = await Gateway().SendAsync(Sms, CancellationToken.None);

        Assert.True(outcome.IsSuccess);
        var ids = _server.Requests.Select(r => r.Json.GetProperty("smsRecipients")[0].GetProperty("repeatabilityRequestId").GetString()).ToList();
        Assert.Equal([NameBasedGuid.ForSmsOutbox(Sms.OutboxId).ToString(), NameBasedGuid.ForSmsOutbox(Sms.OutboxId).ToString()], ids);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task SendAsync_RecipientRejectedAsInvalidNumber_IsPermanentFailure()
    {
        _server.Enqueue(ScriptedResponse.Results("""{"to":"+8613812345678","httpStatusCode":400,"successful":false,"errorMessage":"Invalid To phone number format."}"""));

        var outcome = await Gateway().SendAsync(Sms, CancellationToken.None);

        var failure = Assert.IsType<SmsSendOutcome.PermanentFailure>(outcome);
        Assert.Contains("400 Invalid To phone number format.", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SendAsync_RecipientThrottledOrServerError_IsTransientFailure(int recipientStatus)
    {
        _server.Enqueue(ScriptedResponse.Results($$"""{"to":"+8613812345678","httpStatusCode":{{recipientStatus}},"successful":false,"errorMessage":"Later."}"""));

        var outcome = await Gateway().SendAsync(Sms, CancellationToken.None);

        Assert.True(outcome.IsTransient, outcome.ToString());
    }

    [Fact]
    public async Task SendAsync_StillUnavailableAfterRetries_IsTransientWithRetryAfterSeconds()
    {
        _server.Enqueue(ScriptedResponse.Error(503, "ServiceUnavailable", "Busy.", retryAfter: "7"));

        var outcome = await Gateway(maxRetries: 0).SendAsync(Sms, CancellationToken.None);

        var failure = Assert.IsType<SmsSendOutcome.TransientFailure>(outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
        Assert.Contains("503 ServiceUnavailable", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterDate_IsTransientUntilThatDate()
    {
        _server.Enqueue(ScriptedResponse.Error(429, "TooManyRequests", "Slow down.", retryAfter: "Tue, 01 Dec 2026 02:05:04 GMT"));

        var outcome = await Gateway(maxRetries: 0).SendAsync(Sms, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(2), Assert.IsType<SmsSendOutcome.TransientFailure>(outcome).RetryAfter);
    }

    [Fact]
    public async Task SendAsync_WrongAccessKey_IsPermanentFailureNamingTheStatus()
    {
        var wrongKey = $"endpoint={_server.Endpoint};accesskey={Convert.ToBase64String(AcsTestKeys.OtherKey)}";
        var gateway = new AcsSmsGateway(wrongKey, From, Options(maxRetries: 2));

        var outcome = await gateway.SendAsync(Sms, CancellationToken.None);

        var failure = Assert.IsType<SmsSendOutcome.PermanentFailure>(outcome);
        Assert.Contains("401 Denied", failure.Reason, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(400, "BadRequest")]
    [InlineData(403, "Forbidden")]
    public async Task SendAsync_RequestRefused_IsPermanentFailure(int status, string code)
    {
        _server.Enqueue(ScriptedResponse.Error(status, code, "Refused."));

        var outcome = await Gateway().SendAsync(Sms, CancellationToken.None);

        Assert.Contains($"{status} {code}: Refused.", Assert.IsType<SmsSendOutcome.PermanentFailure>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Unreadable202_IsTransientSinceARetryIsSafe()
    {
        _server.Enqueue(new ScriptedResponse(202, """{"unexpected":true}"""));

        Assert.True((await Gateway().SendAsync(Sms, CancellationToken.None)).IsTransient);
    }

    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("")]
    public async Task SendAsync_NumberNotE164_IsPermanentFailureWithoutCallingAcs(string to)
    {
        var outcome = await Gateway().SendAsync(Sms with { To = to }, CancellationToken.None);

        Assert.True(outcome.IsPermanent);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsTransientFailure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var gateway = new AcsSmsGateway($"endpoint=http://127.0.0.1:{port}/;accesskey={AcsTestKeys.KeyBase64}", From, Options(maxRetries: 1));

        var outcome = await gateway.SendAsync(Sms, CancellationToken.None);

        Assert.Contains("could not be reached", Assert.IsType<SmsSendOutcome.TransientFailure>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Gateway().SendAsync(Sms, cancelled.Token));
    }

    private AcsSmsGateway Gateway(int maxRetries = 2) => new(_server.ConnectionString, From, Options(maxRetries));

    private AcsSmsClientOptions Options(int maxRetries) => new()
    {
        TimeProvider = _clock,
        Retry = { MaxRetries = maxRetries, Delay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
    };
}
