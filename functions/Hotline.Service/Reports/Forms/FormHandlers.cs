using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Forms;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// The paper forms (R-PV-2) as print pages and exports. Per case: <c>GET /api/cases/{id}/forms/{form}?format=html|csv|xlsx</c>;
/// per period: <c>GET /api/forms/{form}?profile=&amp;month=yyyy-MM</c> or <c>&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>. HTML is the
/// default. Who may read what: <see cref="FormAccess"/>.
/// </summary>
public static class FormHandlers
{
    /// <summary>The longest period one log may cover; the store is read page by page, so this keeps a request bounded.</summary>
    private const int MaxDays = 366;

    /// <summary>The work log reads every touched case's ledger, so it covers at most a month (a daily or weekly log in practice).</summary>
    private const int MaxWorkLogDays = 31;

    private static readonly string[] Formats = ["html", "csv", "xlsx"];

    public static RouteGroupBuilder MapForms(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id}/forms/{form}", CaseFormAsync).WithName("CaseForm");
        api.MapGet("/forms/{form}", PeriodFormAsync).WithName("PeriodForm");
        return api;
    }

    public static Task<IResult> CaseFormAsync(HttpContext context, string id, string form) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var v = new Validation();
            CaseId caseId = default;
            if (!CaseId.TryParse(id, out caseId))
            {
                v.Add("id", "A case id like 20261122-0042.");
            }

            var code = Code(form, FormCodes.PerCase, v);
            var format = Format(context, v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var store = services.GetRequiredService<ICaseStore>();
            var stored = await store.GetAsync(caseId, context.RequestAborted);
            // A case the reader may not see answers like a missing one (R-PV-1); a refusal below is a 403 for one they see.
            if (stored is null || !CaseVisibility.Sees(caller.Member, stored.State))
            {
                return Problems.NotFound($"Case {id}");
            }

            if (FormAccess.RefuseCase(caller, stored.State) is { } refusal)
            {
                return Problems.Forbidden(refusal);
            }

            var profile = services.GetRequiredService<ProfileRegistry>().Get(stored.State.ProfileId);
            var ledger = await store.GetLedgerAsync(caseId, context.RequestAborted);
            var printed = CaseForms.Build(code!, profile, stored.State, ledger, callerInClear: stored.State.HasPart(caller.Member.Id));
            return Render(printed, format!, $"{code}_{caseId.Value}");
        });

    public static Task<IResult> PeriodFormAsync(HttpContext context, string form) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var v = new Validation();
            var query = context.Request.Query;
            var code = Code(form, FormCodes.PerPeriod, v);
            var format = Format(context, v);
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), query["profile"].FirstOrDefault(), v);
            var (from, to) = Period(query, code, v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            if (FormAccess.RefusePeriod(caller, code!, out var rows, out var summary) is { } refusal)
            {
                return Problems.Forbidden(refusal);
            }

            var service = ActivatorUtilities.CreateInstance<FormService>(services, ActivatorUtilities.GetServiceOrCreateInstance<ReportService>(services));
            var printed = await service.PeriodAsync(code!, profile!, from!.Value, to!.Value, rows, summary, context.RequestAborted, FormAccess.OwnLines(caller));
            var label = from == new DateOnly(from.Value.Year, from.Value.Month, 1) && to == from.Value.AddMonths(1).AddDays(-1)
                ? $"{from:yyyy-MM}"
                : $"{from:yyyy-MM-dd}_{to:yyyy-MM-dd}";
            return Render(printed, format!, $"{code}_{profile!.Id}_{label}");
        });

    private static IResult Render(PrintForm form, string format, string fileName) => format switch
    {
        "csv" => Results.File(FormCsv.Render(form), FormCsv.ContentType, fileName + ".csv"),
        "xlsx" => Results.File(FormXlsx.Render(form), FormXlsx.ContentType, fileName + ".xlsx"),
        _ => Results.Content(FormHtml.Render(form), FormHtml.ContentType),
    };

    private static string? Code(string form, IReadOnlyList<string> allowed, Validation v)
    {
        var code = form?.Trim().ToLowerInvariant();
        if (code is not null && allowed.Contains(code, StringComparer.Ordinal))
        {
            return code;
        }

        v.Add("form", $"'{form}' is not a form here; one of: {string.Join(", ", allowed)}.");
        return null;
    }

    private static string? Format(HttpContext context, Validation v)
    {
        var format = context.Request.Query["format"].FirstOrDefault()?.Trim().ToLowerInvariant() ?? "html";
        if (Formats.Contains(format, StringComparer.Ordinal))
        {
            return format;
        }

        v.Add("format", $"'{format}' is not a format; one of: {string.Join(", ", Formats)}.");
        return null;
    }

    /// <summary>
    /// <c>month=yyyy-MM</c>, or <c>from</c> and <c>to</c> (yyyy-MM-dd, at most a year). The monthly forms print a monthly
    /// report, so they take a month only.
    /// </summary>
    private static (DateOnly? From, DateOnly? To) Period(IQueryCollection query, string? code, Validation v)
    {
        var month = query["month"].FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(month) || (code is not null && FormCodes.Monthly.Contains(code)))
        {
            var first = v.Date(month, "month", "yyyy-MM");
            return first is { } f ? (f, f.AddMonths(1).AddDays(-1)) : (null, null);
        }

        var from = v.Date(query["from"].FirstOrDefault(), "from");
        var to = v.Date(query["to"].FirstOrDefault(), "to");
        var most = code == FormCodes.WorkLog ? MaxWorkLogDays : MaxDays;
        // The period covers b − a + 1 days (both ends included), at most `most` of them.
        if (from is { } a && to is { } b && (b < a || b.DayNumber - a.DayNumber + 1 > most))
        {
            v.Add("to", $"On or after 'from', the period covering at most {most} days with both ends included (to at most {most - 1} days after from).");
        }

        return (from, to);
    }
}
