using Azure;

namespace Hotline.Azure.Tables;

/// <summary>The "not found" answer of an <c>…IfExists</c> call: no value, but the raw response for diagnostics.</summary>
internal sealed class AbsentResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T? Value => default;

    public override Response GetRawResponse() => response;
}
