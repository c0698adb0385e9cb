using Scalar.AspNetCore;

namespace Hotline.Local.OpenApi;

/// <summary>
/// The API reference page (Scalar) over /openapi/v1.json, at <see cref="Path"/>. Scalar.AspNetCore serves its script from
/// the package itself (path-relative <c>scalar.js</c>), so the page works with the doors closed: the default fonts (a
/// font CDN), telemetry, the AI agent and MCP are switched off, and no proxy is set, so the page asks nothing of any
/// other host — "try it" calls go straight to this one.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api-docs";

    public static IEndpointConventionBuilder MapApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapScalarApiReference(Path, options => options
            .WithTitle("Hotline API · 热线工单接口")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            // The toolbar offers "share", "generate SDK" and "deploy", which upload the document to scalar.com: not from here.
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes(CatalogueTransformers.StaffKeyScheme)
            .WithLocalization(new ScalarLocalizationOptions { Locale = "zh-CN" }));
    }
}
