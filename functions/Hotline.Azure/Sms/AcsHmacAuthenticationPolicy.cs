using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Azure.Sms;

/// <summary>Signs every outgoing request with the ACS access key (HMAC-SHA256).</summary>
/// <remarks>
/// Registered per retry, not per call: each attempt gets a fresh x-ms-date, so a request retried after a long
/// Retry-After still falls inside the service's ±15-minute window.
/// </remarks>
public sealed class AcsHmacAuthenticationPolicy : HttpPipelinePolicy
{
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    public AcsHmacAuthenticationPolicy(ReadOnlySpan<byte> key, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _key = key.ToArray();
        _timeProvider = timeProvider;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var body = new MemoryStream();
        message.Request.Content?.WriteTo(body, message.CancellationToken);
        Sign(message.Request, body);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var body = new MemoryStream();
        if (message.Request.Content is { } content)
        {
            await content.WriteToAsync(body, message.CancellationToken);
        }

        Sign(message.Request, body);
        await ProcessNextAsync(message, pipeline);
    }

    // RequestContent is a writer, not a buffer: it is materialised once so the hash covers exactly the bytes
    // the transport will send.
    private void Sign(Request request, MemoryStream body)
    {
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var signed = AcsRequestSigner.Sign(request.Method.Method, request.Uri.ToUri(), bytes, _timeProvider.GetUtcNow(), _key);
        request.Headers.SetValue(AcsRequestSigner.DateHeader, signed.Date);
        request.Headers.SetValue(AcsRequestSigner.ContentHashHeader, signed.ContentHash);
        request.Headers.SetValue(HttpHeader.Names.Authorization, signed.Authorization);
    }
}
