using Hotline.Domain.Reports;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports.QualityChecks;

/// <summary>
/// R-RP-1, the manager's weekly check of the complaints' quality records: <c>POST /api/reports/quality-checks</c> records
/// one week's (<c>{"week": "yyyy-MM-dd" (any day of it), "findings": "…", "checkedOn": "yyyy-MM-dd"?, "profile": "…"?}</c>),
/// once per profile and week (409 after); <c>GET …?profile=</c> lists them with whether the last closed week was checked.
/// The management and the quality office read; only a manager records (403).
/// </summary>
public static class QualityCheckHandlers
{
    public static RouteGroupBuilder MapQualityChecks(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/reports/quality-checks", (Delegate)RecordAsync).WithName("RecordQualityCheck");
        api.MapGet("/reports/quality-checks", (Delegate)ListAsync).WithName("ListQualityChecks");
        return api;
    }

    public static Task<IResult> RecordAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, ReportReaders.Management, async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<QualityCheckBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), body!.Profile, v);
            var week = v.Date(body.Week, "week");
            var findings = v.Required(body.Findings, "findings", 2000);
            var checkedOn = body.CheckedOn is null ? null : v.Date(body.CheckedOn, "checkedOn");
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            WeeklyQualityCheck check;
            try
            {
                check = WeeklyQualityChecks.Record(profile!, week!.Value, caller.Member, findings!, checkedOn, services.GetRequiredService<TimeProvider>().GetUtcNow());
            }
            catch (QualityCheckRefusedException e)
            {
                return e.WrongRole ? Problems.Forbidden(e.Message) : Problems.Rule(QualityCheckRefusedException.Rule, e.Message);
            }

            return await services.GetRequiredService<IQualityChecks>().TryAddAsync(check, context.RequestAborted)
                ? Results.Created($"/api/reports/quality-checks?profile={check.ProfileId}", check)
                : Problems.Rule(QualityCheckRefusedException.Rule, $"The week of {check.Key} was checked already; a week is checked once.");
        });

    public static Task<IResult> ListAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, ReportReaders.Management, async (_, services) =>
        {
            var v = new Validation();
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), context.Request.Query["profile"].FirstOrDefault(), v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var checks = await services.GetRequiredService<IQualityChecks>().ListAsync(profile!.Id, context.RequestAborted);
            var lastWeek = QualityCheckReminder.LastClosedWeek(profile, services.GetRequiredService<TimeProvider>().GetUtcNow());
            return Results.Ok(new QualityChecksView(profile.Id, profile.Reporting.WeeklyQualityCheck, lastWeek, checks.Any(c => c.Week == lastWeek), checks));
        });
}

public sealed record QualityCheckBody(string? Week, string? Findings, string? CheckedOn, string? Profile);

/// <param name="Required">Whether the profile keeps the weekly check (R-RP-1) and reminds a missed week.</param>
/// <param name="LastClosedWeek">The Monday of the last week that has ended.</param>
public sealed record QualityChecksView(string ProfileId, bool Required, DateOnly LastClosedWeek, bool LastClosedWeekChecked, IReadOnlyList<WeeklyQualityCheck> Checks);
