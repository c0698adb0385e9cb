using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Service.Api.OpenApi;

/// <summary>
/// Gives each endpoint of a group the metadata its catalogue entry describes — the answers it gives with their types,
/// its summary, description and tag — so the OpenAPI generator writes those schemas (as components) itself. Runs last
/// (<c>Finally</c>), after the endpoint's own <c>.WithName(...)</c>; none of this metadata changes how a request is handled.
/// The request body is deliberately not declared here: <c>IAcceptsMetadata</c> makes routing refuse other content types
/// with its own bare 415 before the handler's problem naming Content-Type; the host's transformer documents the body.
/// </summary>
public static class ApiCatalogueConvention
{
    public static TBuilder WithApiCatalogue<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(endpoint =>
        {
            var name = endpoint.Metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
            if (ApiCatalogue.Find(name) is not { } doc)
            {
                return;
            }

            endpoint.Metadata.Add(new TagsAttribute(doc.Tag));
            endpoint.Metadata.Add(new EndpointSummaryAttribute(doc.Summary));
            endpoint.Metadata.Add(new EndpointDescriptionAttribute(doc.Description));
            foreach (var answer in doc.Answers)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(answer.Status, answer.Body ?? typeof(void), answer.Body is null ? null : [.. answer.ContentTypes ?? [DocBuilder.Json]]));
            }
        });
        return builder;
    }
}
