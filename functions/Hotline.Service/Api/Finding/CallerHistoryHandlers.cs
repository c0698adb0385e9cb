using Hotline.Domain.Callers;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api.Finding;

/// <summary>
/// <c>POST /api/callers/history</c>: the earlier cases of the number on the line, for the intake desk while the caller
/// is still talking — so that a repeat caller is recognised, and a second complaint (二次投诉) is recorded on the case it
/// is about rather than opened again.
/// </summary>
/// <remarks>
/// The domain's notion of a second complaint (R-FU-8, 003 §五(三)): the caller complains again about a case that is not
/// finished. The case machine takes it as a <c>second-complaint</c> signal on that open case and refuses it on a closed one
/// ("a new complaint opens a new case"). So <c>secondComplaint</c> is true when the number has a visible case that is not
/// terminal (in the given <c>category</c>, when one is given); <c>secondComplaintOf</c> names the newest such case.
/// A POST for the same reason as search: the phone number stays out of URLs and access logs (R-PV-1). The cases are
/// those the viewer may see (<see cref="Domain.Privacy.CaseVisibility"/>), masked where they have no part.
/// </remarks>
public static class CallerHistoryHandlers
{
    /// <summary>The most cases the history shows; the desk needs the latest few, the rest is one search away.</summary>
    public const int MaxCases = 20;

    /// <summary>Index entries read to find them: visibility may drop some.</summary>
    private const int MaxRead = 100;

    public sealed record CallerHistoryBody(string? Phone, string? Category);

    public sealed record CallerHistoryView(
        string Phone, IReadOnlyList<CaseSummaryView> Cases, int OpenCount, bool RepeatCaller, bool SecondComplaint, string? SecondComplaintOf);

    public static Task<IResult> HistoryAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<CallerHistoryBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            if (!PhoneNumber.TryParse(body!.Phone, out var phone, out var error))
            {
                return Problems.Validation("phone", $"The caller's phone number, e.g. 13812345678: {error}.");
            }

            if (body.Category is { Length: > 100 })
            {
                return Problems.Validation("category", "At most 100 characters.");
            }

            var finder = await CaseFinder.ForAsync(services, caller, context.RequestAborted);
            var page = await finder.Index.ByPhoneAsync(phone, MaxRead, null, context.RequestAborted);
            var cases = await finder.VisibleAsync(page.Ids, context.RequestAborted);
            var open = cases.Where(c => !c.IsTerminal).ToList();
            var unfinished = open.FirstOrDefault(c => body.Category is null || string.Equals(c.Category, body.Category, StringComparison.Ordinal));

            // The viewer typed the number: it is echoed normalised, not a disclosure.
            return Results.Ok(new CallerHistoryView(
                phone.E164, [.. cases.Take(MaxCases).Select(finder.Summary)], open.Count, cases.Count > 0, unfinished is not null, unfinished?.Id.Value));
        });
}
