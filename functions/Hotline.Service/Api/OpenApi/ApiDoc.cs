namespace Hotline.Service.Api.OpenApi;

/// <summary>Where a documented parameter travels.</summary>
public enum ParamIn
{
    Path,
    Query,
    Header,
}

/// <summary>The shape of a parameter's text, which the document turns into a schema type, format or pattern.</summary>
public enum ParamKind
{
    Text,
    /// <summary>yyyy-MM-dd, the profile's local calendar day.</summary>
    Date,
    /// <summary>yyyy-MM.</summary>
    Month,
    /// <summary>An ISO 8601 instant.</summary>
    Instant,
    Integer,
    Boolean,
}

/// <summary>Who may call an operation: a staff member's API key, or the SMS webhook's shared key (Event Grid).</summary>
public enum ApiSecurity
{
    StaffKey,
    WebhookKey,
}

/// <param name="Values">The accepted values when the parameter is one of a list (kebab-case, as the API reads them).</param>
public sealed record ApiParam(string Name, ParamIn In, string Description, ParamKind Kind = ParamKind.Text, bool Required = false, string? Example = null, IReadOnlyList<string>? Values = null);

/// <summary>
/// One documented answer. <paramref name="Body"/> is the CLR type the handler writes (its schema is generated from it);
/// problem answers carry <c>ProblemDetails</c> or <c>HttpValidationProblemDetails</c> as application/problem+json.
/// </summary>
/// <param name="Example">JSON text of an example answer, for the answers worth showing (a validation problem, a rule refusal).</param>
public sealed record ApiAnswer(int Status, string Description, Type? Body = null, IReadOnlyList<string>? ContentTypes = null, string? Example = null);

/// <summary>
/// The documentation of one endpoint, found by its endpoint name (<c>.WithName(...)</c>): what the reference page and
/// the OpenAPI document show. Texts are Chinese first with the English after a " · ".
/// </summary>
/// <param name="Roles">The roles the handler admits (kebab-case, as in the directory); empty: any signed-in staff member.</param>
/// <param name="Body">The JSON body record the handler reads; null for no body.</param>
/// <param name="BodyExample">JSON text of a body the handler accepts (a test posts it to the running host).</param>
public sealed record ApiDoc(
    string Name,
    string Tag,
    string Summary,
    string Description,
    IReadOnlyList<string> Roles,
    Type? Body,
    string? BodyExample,
    IReadOnlyList<ApiParam> Parameters,
    IReadOnlyList<ApiAnswer> Answers,
    ApiSecurity Security);
