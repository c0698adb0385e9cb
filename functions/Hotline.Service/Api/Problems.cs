using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>Every error the API returns is application/problem+json; validation errors name the field.</summary>
public static class Problems
{
    public static IResult Validation(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid.", type: "https://hotline.dev/problems/validation");

    public static IResult Validation(string field, string reason) => Validation(new Dictionary<string, string[]> { [field] = [reason] });

    public static IResult Rule(string rule, string reason) => Results.Problem(
        detail: reason,
        statusCode: StatusCodes.Status409Conflict,
        title: $"Not allowed by rule {rule}.",
        type: "https://hotline.dev/problems/rule",
        extensions: new Dictionary<string, object?> { ["rule"] = rule });

    public static IResult Forbidden(string reason) =>
        Results.Problem(detail: reason, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", type: "https://hotline.dev/problems/forbidden");

    /// <summary>403 naming the field whose value the caller may not use (e.g. filing in another staff member's name, R-IN-9).</summary>
    public static IResult Forbidden(string field, string reason) => Results.Problem(
        detail: reason,
        statusCode: StatusCodes.Status403Forbidden,
        title: "Forbidden.",
        type: "https://hotline.dev/problems/forbidden",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } });

    public static IResult Unauthorized() => Results.Problem(
        detail: "Send your API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.", type: "https://hotline.dev/problems/unauthorized");

    public static IResult TooManyFailedKeys() => Results.Problem(
        detail: "Too many wrong API keys from this address; try again after the time in Retry-After.",
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many failed sign-ins.",
        type: "https://hotline.dev/problems/too-many-failed-keys");

    public static IResult NotFound(string what) =>
        Results.Problem(detail: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: "https://hotline.dev/problems/not-found");

    /// <summary>409 naming the field whose value clashes with stored data (e.g. a phone number another staff member has).</summary>
    public static IResult Conflict(string field, string reason) => Results.Problem(
        detail: reason,
        statusCode: StatusCodes.Status409Conflict,
        title: "Conflicts with existing data.",
        type: "https://hotline.dev/problems/conflict",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } });

    /// <summary>405: the route exists but not for this method; names the methods it takes (the caller also sets <c>Allow</c>).</summary>
    public static IResult MethodNotAllowed(string method, IEnumerable<string> allowed) => Results.Problem(
        detail: $"{method} is not served here; use {string.Join(" or ", allowed.Select(m => m.ToUpperInvariant()))}.",
        statusCode: StatusCodes.Status405MethodNotAllowed,
        title: "Method not allowed.",
        type: "https://hotline.dev/problems/method-not-allowed");

    /// <summary>415: the body is not declared as JSON; names the header so the client knows what to change.</summary>
    public static IResult UnsupportedMediaType(string? contentType) => Results.Problem(
        detail: contentType is null
            ? "The body has no Content-Type; send it as application/json."
            : $"Content-Type '{contentType}' is not accepted; send the body as application/json.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type.",
        type: "https://hotline.dev/problems/unsupported-media-type",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = ["Send application/json."] } });

    public static IResult Unavailable(string reason) => Results.Problem(
        detail: reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage is unavailable; nothing was changed.", type: "https://hotline.dev/problems/unavailable");
}
