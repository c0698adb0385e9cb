using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Service.Api.OpenApi;

/// <summary>
/// Gives each endpoint of a group the metadata its catalogue entry describes — the JSON body it accepts, the answers it
/// gives with their types, its summary, description and tag — so the OpenAPI generator writes the schemas (as components)
/// itself. Runs last (<c>Finally</c>), after the endpoint's own <c>.WithName(...)</c>; the handlers are unchanged, this is
/// documentation only. Parameters, examples and security are added to the document by the host's transformer.
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
            if (doc.Body is not null)
            {
                endpoint.Metadata.Add(new AcceptsMetadata([DocBuilder.Json], doc.Body));
            }

            foreach (var answer in doc.Answers)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(answer.Status, answer.Body ?? typeof(void), answer.Body is null ? null : [.. answer.ContentTypes ?? [DocBuilder.Json]]));
            }
        });
        return builder;
    }
}
