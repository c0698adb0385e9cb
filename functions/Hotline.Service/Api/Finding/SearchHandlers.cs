using Hotline.Domain.Search;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// <c>POST /api/cases/search</c>: find cases by caller phone (full or last four), case id or reference, or text in the
/// caller's name, address, property, the summary, the details and the upstream number (<see cref="SearchTerm"/>).
/// </summary>
/// <remarks>
/// A POST, not a GET with a query string: the text is often a caller's phone number or name, and a URL ends up in access
/// logs, proxies and browser history; a body does not (R-PV-1). Results are the cases the viewer may see
/// (<see cref="Domain.Privacy.CaseVisibility"/>), newest first, masked where the viewer has no part; for such a viewer
/// free text does not match the caller's name, address or property, only what it is shown (<see cref="SearchWithoutAPart"/>),
/// so a search cannot confirm what the mask hides. Free text looks at
/// cases received within <see cref="TextWindow"/> — the limit that keeps a search from reading a city's whole archive —
/// while phone, four-digit and case-id lookups reach every case.
/// </remarks>
public static class SearchHandlers
{
    /// <summary>How far back free text looks: a year of cases, what a desk asks about; older ones are found by phone or id.</summary>
    public static TimeSpan TextWindow { get; } = TimeSpan.FromDays(366);

    public const int DefaultPageSize = 50;

    public sealed record SearchBody(string? Text, int? PageSize, string? ContinuationToken);

    public static Task<IResult> SearchAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<SearchBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var term = SearchTerm.Parse(body!.Text, out var error);
            if (term is null)
            {
                v.Add("text", body.Text is null ? "Required: a phone number (full or last 4 digits), a case id, a name, an address or words of the summary." : error!);
            }

            if (body.PageSize is < 1 or > 200)
            {
                v.Add("pageSize", "1 to 200.");
            }

            if (body.ContinuationToken is { Length: > 1000 })
            {
                v.Add("continuationToken", "Not a continuation token of this search.");
            }

            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var finder = await CaseFinder.ForAsync(services, caller, context.RequestAborted);
            var size = body.PageSize ?? DefaultPageSize;
            Storage.CaseIdPage page;
            try
            {
                page = term switch
                {
                    SearchTerm.ForCase c => new Storage.CaseIdPage(body.ContinuationToken is null ? [c.Id] : [], null),
                    SearchTerm.ForPhone p => await finder.Index.ByPhoneAsync(p.Phone, size, body.ContinuationToken, context.RequestAborted),
                    SearchTerm.ForLastDigits d => await finder.Index.ByLastDigitsAsync(d.Digits, size, body.ContinuationToken, context.RequestAborted),
                    SearchTerm.ForText t => await finder.Index.ByTextAsync(t, finder.Now - TextWindow, finder.Now, size, body.ContinuationToken, context.RequestAborted),
                    _ => throw new InvalidOperationException($"Unknown search term {term}."),
                };
            }
            catch (FormatException e)
            {
                return Problems.Validation("continuationToken", e.Message);
            }

            var cases = await finder.VisibleAsync(page.Ids, context.RequestAborted);
            if (term is SearchTerm.ForText text)
            {
                // The index matched the caller's fields in the clear; a viewer with no part may match only what it is shown.
                cases = [.. cases.Where(s => SearchWithoutAPart.Matches(s, caller.Member.Id, text))];
            }

            return Results.Ok(new CaseListView([.. cases.Select(finder.Summary)], page.ContinuationToken));
        });
}
