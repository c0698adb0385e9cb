using System.Globalization;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports;

/// <summary>
/// GET /api/reports/first-question?from=yyyy-MM-dd&amp;to=yyyy-MM-dd[&amp;profile=…]: the first-question compliance audit (R-RP-8).
/// The management office and the quality office audit it (004 过程与效果控制, 定期检查): managers and the quality office only.
/// </summary>
public static class FirstQuestionAuditHandlers
{
    private static readonly Role[] Readers = [Role.Manager, Role.DeputyGeneralManager, Role.GeneralManager, Role.QualityOffice];

    /// <summary>The longest period one request may audit; the store is read page by page, so this keeps a request bounded.</summary>
    private const int MaxDays = 366;

    public static async Task<IResult> AuditAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var (_, authError) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>(), Readers);
        if (authError is not null)
        {
            return authError;
        }

        var v = new Validation();
        var query = context.Request.Query;
        var registry = services.GetRequiredService<ProfileRegistry>();
        var profileId = query["profile"].FirstOrDefault();
        var profile = string.IsNullOrWhiteSpace(profileId) ? registry.Default : registry.Find(profileId.Trim());
        if (profile is null)
        {
            v.Add("profile", $"'{profileId}' is not a loaded profile; one of: {string.Join(", ", registry.All.Select(p => p.Id).Order(StringComparer.Ordinal))}.");
        }

        var from = Date(query["from"].FirstOrDefault(), "from", v);
        var to = Date(query["to"].FirstOrDefault(), "to", v);
        if (from is { } f && to is { } t && (t < f || t.DayNumber - f.DayNumber >= MaxDays))
        {
            v.Add("to", $"On or after 'from', at most {MaxDays} days later.");
        }

        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var audit = await BuildAsync(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<TimeProvider>(), profile!, from!.Value, to!.Value, context.RequestAborted);
        return Results.Ok(audit);
    }

    /// <summary>
    /// Every case received up to the period's end: cases received in it are audited, and a breach opened in it counts
    /// whatever the age of its case.
    /// </summary>
    public static async Task<FirstQuestionAudit> BuildAsync(ICaseStore store, TimeProvider time, Profile profile, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(profile);
        var period = FirstQuestionAuditBuilder.Period(profile, from, to);
        var cases = new List<ReportCase>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(new CaseQuery(ToUtc: period.EndUtc, PageSize: 200, ContinuationToken: token), cancellationToken);
            cases.AddRange(page.Items.Where(s => s.ProfileId == profile.Id).Select(s => new ReportCase(s)));
            token = page.ContinuationToken;
        }
        while (token is not null);

        return FirstQuestionAuditBuilder.Build(profile, from, to, time.GetUtcNow(), cases);
    }

    private static DateOnly? Date(string? text, string name, Validation v)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        v.Add(name, text is null ? "Required, as yyyy-MM-dd." : $"'{text}' is not a date as yyyy-MM-dd.");
        return null;
    }
}
