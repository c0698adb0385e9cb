using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Azure.Sms;

/// <summary>
/// A small client for the ACS SMS REST API (<c>POST {endpoint}/sms?api-version=2021-03-07</c>) on Azure.Core,
/// standing in for Azure.Communication.Sms, which this build cannot restore.
/// </summary>
/// <remarks>
/// The pipeline keeps Azure.Core's default retries (408, 429, 5xx, transport errors) even though the request is a
/// POST: every recipient carries repeatabilityRequestId/repeatabilityFirstSent, so the service answers a repeat
/// with the first attempt's result instead of sending the text again.
/// </remarks>
public sealed class AcsSmsClient
{
    public const string ApiVersion = "2021-03-07";
    public const int MaxRecipients = 100;
    public const int MaxMessageLength = 2048;

    private static readonly ResponseClassifier Accepted202 = new StatusCodeClassifier(stackalloc ushort[] { 202 });

    private readonly HttpPipeline _pipeline;
    private readonly Uri _sendUri;

    public AcsSmsClient(string connectionString, AcsSmsClientOptions? options = null)
        : this(AcsConnectionString.Parse(connectionString), options)
    {
    }

    public AcsSmsClient(AcsConnectionString connectionString, AcsSmsClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        options ??= new AcsSmsClientOptions();
        Endpoint = connectionString.Endpoint;
        _sendUri = new Uri(Endpoint, "sms?api-version=" + ApiVersion);
        _pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new AcsHmacAuthenticationPolicy(connectionString.Key, options.TimeProvider)],
            Accepted202);
    }

    public Uri Endpoint { get; }

    /// <summary>Sends one message to up to 100 recipients.</summary>
    /// <returns>The per-recipient results of the 202 response; some may be failures.</returns>
    /// <exception cref="RequestFailedException">
    /// Any status but 202 after the pipeline's retries (Status holds it), a transport failure with retries off
    /// (Status 0), or a 202 whose body could not be read.
    /// </exception>
    /// <exception cref="AggregateException">Transport failures on every attempt, as Azure.Core's retry policy reports them.</exception>
    public async Task<Response<IReadOnlyList<AcsSmsSendResult>>> SendAsync(
        string from,
        IReadOnlyList<AcsSmsRecipient> recipients,
        string message,
        bool enableDeliveryReport,
        string? tag,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        if (recipients.Count is 0 or > MaxRecipients)
        {
            throw new ArgumentOutOfRangeException(nameof(recipients), recipients.Count, $"ACS takes 1 to {MaxRecipients} recipients per request.");
        }

        if (message.Length > MaxMessageLength)
        {
            throw new ArgumentOutOfRangeException(nameof(message), message.Length, $"ACS takes at most {MaxMessageLength} characters.");
        }

        using var httpMessage = _pipeline.CreateMessage();
        httpMessage.ResponseClassifier = Accepted202;
        var request = httpMessage.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_sendUri);
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Content = RequestContent.Create(AcsSmsJson.WriteSendRequest(from, recipients, message, enableDeliveryReport, tag));

        await _pipeline.SendAsync(httpMessage, cancellationToken);
        var response = httpMessage.Response;
        if (response.IsError)
        {
            throw new RequestFailedException(response);
        }

        try
        {
            return Response.FromValue(AcsSmsJson.ReadSendResponse(response.Content), response);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new RequestFailedException(response.Status, $"The ACS send response could not be read: {ex.Message}", ex);
        }
    }
}
