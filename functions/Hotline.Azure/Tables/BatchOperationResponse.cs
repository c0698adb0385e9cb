using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

/// <summary>One embedded HTTP response of a transaction, exposed as an ordinary <see cref="Response"/>.</summary>
internal sealed class BatchOperationResponse(int status, string reasonPhrase, Dictionary<string, string> headers, byte[] content)
    : Response
{
    public override int Status => status;

    public override string ReasonPhrase => reasonPhrase;

    /// <summary>Lets Azure.Core include the part's content and headers in exception messages.</summary>
    public override bool IsError => status >= 400;

    public override Stream? ContentStream { get; set; } = new MemoryStream(content, writable: false);

    public override string ClientRequestId { get; set; } = string.Empty;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = headers.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }
}
