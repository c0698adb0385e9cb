using System.Text.Json.Nodes;
using Hotline.Service.Api;
using Hotline.Service.Api.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Local.OpenApi;

/// <summary>
/// Writes the <see cref="ApiCatalogue"/> into the generated document: the parameters (path, query, headers), the examples,
/// the answers' descriptions, the security each operation needs, and the document's tags, info and security schemes. The
/// bodies' and answers' schemas come from the endpoint metadata the catalogue convention adds (<see cref="ApiCatalogueConvention"/>).
/// </summary>
public static class CatalogueTransformers
{
    public const string StaffKeyScheme = "ApiKey";
    public const string WebhookKeyScheme = "WebhookKey";

    public static OpenApiOptions AddApiCatalogue(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            CatalogueSchemas.Describe(schema, context.JsonTypeInfo.Type);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
            if (ApiCatalogue.Find(name) is { } doc && context.Document is { } document)
            {
                if (doc.Body is { } type)
                {
                    operation.RequestBody = await BodyAsync(type, doc.BodyExample, context, document, cancellationToken);
                }

                Apply(operation, doc, document);
            }
        });
        return options;
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "Hotline API · 热线工单接口";
        document.Info.Description = """
            投诉热线的案件流程接口。每个请求以员工的 API 密钥放在 `X-Api-Key` 头中（演示模式的密钥为 demo-{员工编号}）；错误一律以 application/problem+json 返回，
            校验错误在 `errors` 中指明字段，规则拒绝在 `rule` 中指明规则编号。时间为 ISO 8601（UTC 或带时区），日期为配置的当地日历。

            The case workflow API of a complaint hotline. Every call carries a staff member's API key in `X-Api-Key`. Errors are
            application/problem+json: validation errors name the field in `errors`, rule refusals the rule in `rule`.
            """;
        document.Tags = new HashSet<OpenApiTag>(ApiCatalogue.Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[StaffKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiAuth.Header,
            Description = "员工的 API 密钥（管理员在员工名录中签发）· A staff member's API key, issued by an admin in the directory.",
        };
        document.Components.SecuritySchemes[WebhookKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Azure.Sms.SmsWebhookHandler.KeyHeader,
            Description = "短信 Webhook 的共享密钥（也可用 ?code=）· The SMS webhook's shared key (or ?code=).",
        };
    }

    private static void Apply(OpenApiOperation operation, ApiDoc doc, OpenApiDocument document)
    {
        operation.Description = doc.Roles.Count == 0
            ? doc.Description + "\n\n角色 Roles: 任何已登录员工 · any signed-in staff member."
            : doc.Description + $"\n\n角色 Roles: {string.Join(", ", doc.Roles)}.";
        operation.Security = [new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(doc.Security == ApiSecurity.WebhookKey ? WebhookKeyScheme : StaffKeyScheme, document)] = [],
        }];
        Parameters(operation, doc);

        foreach (var answer in doc.Answers)
        {
            if (operation.Responses?.TryGetValue(answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found) == true && found is OpenApiResponse response)
            {
                response.Description = answer.Description;
                if (answer.Example is not null)
                {
                    foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Values.OfType<OpenApiMediaType>())
                    {
                        media.Example = JsonNode.Parse(answer.Example);
                    }
                }
            }
        }
    }

    /// <summary>The JSON body: its record's schema as a component (generated like any other, schema transformers included) and the example.</summary>
    private static async Task<OpenApiRequestBody> BodyAsync(Type type, string? example, OpenApiOperationTransformerContext context, OpenApiDocument document, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        CatalogueSchemas.DescribeParts(schema, type);
        var id = type.Name;
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent(id, schema);
        }

        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [DocBuilder.Json] = new() { Schema = new OpenApiSchemaReference(id, document), Example = example is null ? null : JsonNode.Parse(example) },
            },
        };
    }

    private static void Parameters(OpenApiOperation operation, ApiDoc doc)
    {
        operation.Parameters ??= [];
        foreach (var p in doc.Parameters)
        {
            var location = p.In switch { ParamIn.Path => ParameterLocation.Path, ParamIn.Header => ParameterLocation.Header, _ => ParameterLocation.Query };
            var parameter = operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(x => x.Name == p.Name && x.In == location);
            if (parameter is null)
            {
                parameter = new OpenApiParameter { Name = p.Name, In = location };
                operation.Parameters.Add(parameter);
            }

            parameter.Description = p.Description;
            parameter.Required = p.Required || location == ParameterLocation.Path;
            parameter.Schema = Schema(p);
            parameter.Example = p.Example is null ? null : p.Kind switch
            {
                ParamKind.Integer => JsonValue.Create(int.Parse(p.Example, System.Globalization.CultureInfo.InvariantCulture)),
                ParamKind.Boolean => JsonValue.Create(bool.Parse(p.Example)),
                _ => JsonValue.Create(p.Example),
            };
        }
    }

    private static OpenApiSchema Schema(ApiParam p)
    {
        var schema = p.Kind switch
        {
            ParamKind.Integer => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ParamKind.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ParamKind.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            ParamKind.Instant => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            ParamKind.Month => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{4}-[0-9]{2}$" },
            _ => new OpenApiSchema { Type = JsonSchemaType.String },
        };
        if (p.Values is { Count: > 0 } values)
        {
            schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        return schema;
    }
}
