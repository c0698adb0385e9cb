using Hotline.Domain.Profiles;
using Hotline.Service.Cases;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>Helpers the record-keeping features (surveys, permits) share: a domain refusal as a problem, and the profile parameter.</summary>
public static class RuleRefusals
{
    /// <summary>
    /// A change the domain refused: 403 when the caller may not make it at all, otherwise 409 naming the rule and the field
    /// at fault (<c>rule</c>, <c>field</c> and <c>errors</c> extensions).
    /// </summary>
    public static IResult Of(string rule, string field, string reason, bool forbidden) => forbidden
        ? Problems.Forbidden(field, reason)
        : Results.Problem(
            detail: reason,
            statusCode: StatusCodes.Status409Conflict,
            title: $"Not allowed by rule {rule}.",
            type: "https://hotline.dev/problems/rule",
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = rule,
                ["field"] = field,
                ["errors"] = new Dictionary<string, string[]> { [field] = [reason] },
            });

    /// <summary>The profile named by <paramref name="id"/> (the default one when empty), or a validation error on <paramref name="field"/>.</summary>
    public static Profile? Profile(ProfileRegistry registry, string? id, Validation v, string field = "profile")
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(v);
        if (string.IsNullOrWhiteSpace(id))
        {
            return registry.Default;
        }

        var profile = registry.Find(id.Trim());
        if (profile is null)
        {
            v.Add(field, $"'{id}' is not a loaded profile; one of: {string.Join(", ", registry.All.Select(p => p.Id).Order(StringComparer.Ordinal))}.");
        }

        return profile;
    }

    /// <summary>A short random suffix for a document id: ids need only be unique, and a day-prefix keeps them readable.</summary>
    public static string NewId(string prefix, DateOnly day) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{day:yyyyMMdd}-{Guid.NewGuid():N}")[..(prefix.Length + 18)];
}
