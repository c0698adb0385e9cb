using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// Reads the <c>multipart/mixed</c> answer to a transaction into one <see cref="Response"/> per embedded HTTP
/// response, in order. Tolerates LF as well as CRLF line endings and changesets nested or not.
/// </summary>
internal static class TableBatchReader
{
    public static List<Response> Read(Response response)
    {
        var boundary = Boundary(response.Headers.ContentType)
            ?? throw new FormatException($"The transaction response is not multipart: '{response.Headers.ContentType}'.");
        var text = response.Content.ToString().ReplaceLineEndings("\n");
        var results = new List<Response>();
        ReadMultipart(text, boundary, results);
        return results;
    }

    private static void ReadMultipart(string text, string boundary, List<Response> results)
    {
        var segments = text.Split("--" + boundary, StringSplitOptions.None);

        // segments[0] is the preamble; a segment starting with "--" follows the closing delimiter.
        foreach (var segment in segments.Skip(1).TakeWhile(s => !s.StartsWith("--", StringComparison.Ordinal)))
        {
            var (headers, body) = SplitHead(segment.TrimStart('\n'));
            var contentType = headers.GetValueOrDefault("Content-Type", string.Empty);
            if (Boundary(contentType) is { } nested)
            {
                ReadMultipart(body, nested, results);
            }
            else if (contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                results.Add(ReadHttpResponse(body));
            }
        }
    }

    private static BatchOperationResponse ReadHttpResponse(string text)
    {
        var statusLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var statusLine = statusLineEnd < 0 ? text : text[..statusLineEnd];

        // "HTTP/1.1 204 No Content"
        var parts = statusLine.Trim().Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new FormatException($"Unreadable status line in a transaction response: '{statusLine}'.");
        }

        var (headers, body) = SplitHead(statusLineEnd < 0 ? string.Empty : text[(statusLineEnd + 1)..]);
        return new BatchOperationResponse(status, parts.Length > 2 ? parts[2] : string.Empty, headers, Encoding.UTF8.GetBytes(body.TrimEnd('\n')));
    }

    /// <summary>Splits "headers, blank line, body".</summary>
    private static (Dictionary<string, string> Headers, string Body) SplitHead(string text)
    {
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank < 0 ? text : text[..blank];
        var body = blank < 0 ? string.Empty : text[(blank + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, body);
    }

    private static string? Boundary(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType, "multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = mediaType.Parameters.FirstOrDefault(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase))?.Value;
        return boundary?.Trim('"');
    }
}
