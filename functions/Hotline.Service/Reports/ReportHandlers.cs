using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports;

/// <summary>
/// GET /api/reports/daily|weekly|monthly. Reports show staff ids, categories and figures, never caller data (R-PV-1).
/// A dispatcher sees only their own line of the monthly summary; managers, the quality office and admins see all; the
/// upstream office sees the reports over its supervision items only (<see cref="ReportReaders"/>).
/// </summary>
public static class ReportHandlers
{
    private static readonly Role[] Readers = ReportReaders.PeriodReports;
    private static readonly Role[] QualityReaders = ReportReaders.Management;

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/reports/daily", (Delegate)DailyAsync).WithName("DailyReport");
        api.MapGet("/reports/weekly", (Delegate)WeeklyAsync).WithName("WeeklyReport");
        api.MapGet("/reports/monthly", (Delegate)MonthlyAsync).WithName("MonthlyReport");
        api.MapPost("/reports/monthly/sign", (Delegate)SignMonthlyAsync).WithName("SignMonthlyReport");
        api.MapGet("/reports/first-question", (Delegate)FirstQuestionAuditHandlers.AuditAsync).WithName("FirstQuestionAudit");
        api.MapGet("/reports/quality", (Delegate)QualityAsync).WithName("QualityRecordsReport");
        return api;
    }

    public static Task<IResult> DailyAsync(HttpContext context) =>
        RunAsync(context, "date", "yyyy-MM-dd", async (service, profile, day, caller) => Results.Ok(ReportReaders.SupervisionItemsOnly(caller.Member)
            ? await new SupervisionReports(service, caller.Member).DailyAsync(profile, day, context.RequestAborted)
            : await service.DailyAsync(profile, day, context.RequestAborted)));

    public static Task<IResult> WeeklyAsync(HttpContext context) =>
        RunAsync(context, "week", "yyyy-MM-dd", async (service, profile, day, caller) => Results.Ok(ReportReaders.SupervisionItemsOnly(caller.Member)
            ? await new SupervisionReports(service, caller.Member).WeeklyAsync(profile, day, context.RequestAborted)
            : await service.WeeklyAsync(profile, day, context.RequestAborted)));

    public static Task<IResult> MonthlyAsync(HttpContext context) =>
        RunAsync(context, "month", "yyyy-MM", async (service, profile, first, caller) =>
        {
            if (ReportReaders.SupervisionItemsOnly(caller.Member))
            {
                return Results.Ok(await new SupervisionReports(service, caller.Member).MonthlyAsync(profile, first.Year, first.Month, context.RequestAborted));
            }

            var report = await service.MonthlyAsync(profile, first.Year, first.Month, context.RequestAborted);
            return Results.Ok(ReportReaders.SeesAll(caller.Member) ? report : report with { Summary = report.Summary.OnlyFor(caller.Member.Id) });
        });

    /// <summary>
    /// The month's quality records (R-RP-11 服务质量考评记录, R-RP-10 纠正与预防措施): query <c>month=yyyy-MM</c> and optional
    /// <c>profile</c>. The quality office's and the management's records, so agents are refused (403).
    /// </summary>
    public static Task<IResult> QualityAsync(HttpContext context) =>
        RunAsync(context, "month", "yyyy-MM", async (service, profile, first, _) =>
            Results.Ok(await service.QualityAsync(profile, first.Year, first.Month, context.RequestAborted)), QualityReaders);

    /// <summary>
    /// The manager adds a comment and signs the month's summary (R-RP-1), once. Body: <c>{"comment": "…"}</c>;
    /// query: <c>month=yyyy-MM</c> and optional <c>profile</c>.
    /// </summary>
    public static Task<IResult> SignMonthlyAsync(HttpContext context) =>
        RunAsync(context, "month", "yyyy-MM", async (service, profile, first, caller) =>
        {
            if (!caller.Member.Has(Role.Manager))
            {
                return Problems.Forbidden($"R-RP-1: the monthly summary is signed by the manager, not {caller.Member.Id}.");
            }

            var (body, bodyError) = await JsonBody.ReadAsync<SignBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var comment = v.Required(body!.Comment, "comment", 2000);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var services = context.RequestServices;
            var report = await service.MonthlyAsync(profile, first.Year, first.Month, context.RequestAborted);
            MonthlySummary signed;
            try
            {
                signed = report.Summary.Sign(Actor.Of(caller.Member), comment!, services.GetRequiredService<TimeProvider>().GetUtcNow());
            }
            catch (InvalidOperationException e)
            {
                return caller.Member.Has(Role.Manager) ? Problems.Rule("R-RP-1", e.Message) : Problems.Forbidden(e.Message);
            }

            var added = await services.GetRequiredService<IReportSignatures>().TryAddAsync(
                new MonthlySignature(profile.Id, first.Year, first.Month, signed.SignedBy!, signed.ManagerComment!, signed.SignedUtc!.Value), context.RequestAborted);
            return added ? Results.Ok(signed) : Problems.Rule("R-RP-1", $"The summary for {first:yyyy-MM} was signed already.");
        });

    /// <summary>The report endpoints' shared steps: the caller, the <c>profile</c> parameter and the period's date (or month).</summary>
    private static Task<IResult> RunAsync(
        HttpContext context, string dateParameter, string format, Func<ReportService, Profile, DateOnly, StaffRecord, Task<IResult>> build, Role[]? readers = null) =>
        ApiCaller.RunAsync(context, readers ?? Readers, async (caller, services) =>
        {
            var v = new Validation();
            var query = context.Request.Query;
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), query["profile"].FirstOrDefault(), v);
            var date = v.Date(query[dateParameter].FirstOrDefault(), dateParameter, format);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var service = ActivatorUtilities.GetServiceOrCreateInstance<ReportService>(services);
            return await build(service, profile!, date!.Value, caller);
        });
}

public sealed record SignBody(string? Comment);
