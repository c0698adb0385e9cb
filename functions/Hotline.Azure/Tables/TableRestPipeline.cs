using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Azure.Tables;

/// <summary>
/// The one place requests are built and sent: base URI, protocol headers, success classification and the
/// mapping of failures to <see cref="RequestFailedException"/>. Shared by the service and table clients.
/// </summary>
internal sealed partial class TableRestPipeline
{
    internal const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private readonly string _baseUri;
    private readonly string _version;

    public TableRestPipeline(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        options ??= new TableClientOptions();

        Endpoint = endpoint;
        AccountName = credential.AccountName;
        _baseUri = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _version = options.Version;
        Pipeline = HttpPipelineBuilder.Build(new HttpPipelineOptions(options)
        {
            PerRetryPolicies = { new TableSharedKeyLitePolicy(credential, options.TimeProvider) },
            RequestFailedDetailsParser = TableErrorParser.Instance,
        });
    }

    /// <exception cref="FormatException">See <see cref="TableConnectionString.Parse"/>.</exception>
    public static TableRestPipeline FromConnectionString(string connectionString, TableClientOptions? options)
    {
        var parsed = TableConnectionString.Parse(connectionString);
        return new TableRestPipeline(parsed.TableEndpoint, parsed.Credential, options);
    }

    public Uri Endpoint { get; }

    public string AccountName { get; }

    /// <summary>The endpoint as a string without a trailing slash: <c>{BaseUri}/{path}</c> addresses a resource.</summary>
    public string BaseUri => _baseUri;

    public HttpPipeline Pipeline { get; }

    /// <summary>A request to <c>{endpoint}/{escapedPath}</c>; the path must already be percent-encoded.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string escapedPath, ResponseClassifier classifier)
    {
        var message = Pipeline.CreateMessage();
        message.ResponseClassifier = classifier;
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(_baseUri + "/" + escapedPath));
        request.Headers.SetValue("x-ms-version", _version);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue(HttpHeader.Names.Accept, JsonMinimalMetadata);
        return message;
    }

    public static void SetJsonContent(Request request, byte[] json)
    {
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Content = RequestContent.Create(json);
    }

    /// <summary>Sends and returns the response, or throws if the message's classifier calls it an error.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await Pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (message.ResponseClassifier.IsErrorResponse(message))
        {
            throw TableErrorParser.CreateException(response);
        }

        return response;
    }
}

/// <summary>Which statuses each operation treats as success; anything else throws.</summary>
internal static class TableStatus
{
    public static ResponseClassifier Ok { get; } = new StatusCodeClassifier([200]);

    public static ResponseClassifier NoContent { get; } = new StatusCodeClassifier([204]);

    public static ResponseClassifier Created { get; } = new StatusCodeClassifier([201, 204]);

    /// <summary>Create-if-not-exists: 409 TableAlreadyExists is the expected "already there".</summary>
    public static ResponseClassifier CreatedOrConflict { get; } = new StatusCodeClassifier([201, 204, 409]);

    /// <summary>Get-if-exists: 404 means "absent", not an error.</summary>
    public static ResponseClassifier OkOrNotFound { get; } = new StatusCodeClassifier([200, 404]);

    /// <summary>Deletes are idempotent, as in the Azure SDK: a missing target is not an error.</summary>
    public static ResponseClassifier NoContentOrNotFound { get; } = new StatusCodeClassifier([204, 404]);

    public static ResponseClassifier Accepted { get; } = new StatusCodeClassifier([202]);
}
