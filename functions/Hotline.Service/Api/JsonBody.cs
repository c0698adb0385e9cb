using System.Text.Json;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>Reads a JSON body of at most 64 KB; malformed or oversized bodies become a 400 naming where it went wrong.</summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
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
}
