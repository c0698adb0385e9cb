using System.Text.Json;
using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

/// <summary>
/// Reads the Table service's error shape, <c>{"odata.error":{"code":…,"message":{"value":…}}}</c>, falling
/// back to the <c>x-ms-error-code</c> header, so <see cref="RequestFailedException.ErrorCode"/> is the
/// service's code (e.g. <c>UpdateConditionNotSatisfied</c>).
/// </summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static TableErrorParser Instance { get; } = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var headerCode = response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;
        var (bodyCode, bodyMessage) = ReadBody(response);

        error = new ResponseError(bodyCode ?? headerCode, bodyMessage ?? response.ReasonPhrase);
        return error.Code is not null || bodyMessage is not null;
    }

    public static RequestFailedException CreateException(Response response) =>
        new(response, innerException: null, Instance);

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        var content = response.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(content.ToMemory());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("odata.error", out var odataError))
            {
                return (null, null);
            }

            var code = odataError.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            string? message = null;
            if (odataError.TryGetProperty("message", out var m))
            {
                message = m.ValueKind switch
                {
                    JsonValueKind.Object when m.TryGetProperty("value", out var v) => v.GetString(),
                    JsonValueKind.String => m.GetString(),
                    _ => null,
                };
            }

            return (code, message);
        }
        catch (JsonException)
        {
            // Not JSON (e.g. a proxy's HTML page): the header code and the reason phrase still say enough.
            return (null, null);
        }
    }
}
