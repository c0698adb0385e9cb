using System.Text.Json;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>
/// Reads a JSON body of at most 64 KB; malformed or oversized bodies become a 400 naming where it went wrong, and a body
/// that is not declared as JSON (<c>Content-Type</c> other than application/json or *+json, e.g. curl's default form
/// encoding) a 415, so nothing is ever parsed from what the client did not mean as JSON.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var declared = !string.IsNullOrWhiteSpace(request.ContentType);
        if (declared && !IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType!));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.Validation("body", $"The body is larger than {MaxBytes / 1024} KB."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, Problems.Validation("body", $"The body is larger than {MaxBytes / 1024} KB."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Validation("body", "A JSON body is required."));
        }

        if (!declared)
        {
            return (null, Problems.UnsupportedMediaType(null));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), HotlineJson.Options);
            return value is null ? (null, Problems.Validation("body", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Problems.Validation(field, e.InnerException?.Message ?? $"Malformed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine})."));
        }
    }

    /// <summary>application/json or a structured +json type (application/merge-patch+json, ...), any charset.</summary>
    public static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
}
