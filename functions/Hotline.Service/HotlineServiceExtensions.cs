using Hotline.Service.Api;
using Hotline.Service.Api.OpenApi;
using Hotline.Service.Cases;
using Hotline.Service.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Service;

public static class HotlineServiceExtensions
{
    /// <summary>
    /// The application services both hosts share. The host registers the adapters: <c>ICaseStore</c>,
    /// <c>IStaffDirectory</c>, <c>IInboundLedger</c>, <c>ISmsGateway</c>, <c>TimeProvider</c> and the <see cref="ProfileRegistry"/>;
    /// and the Durable engine with <see cref="Orchestration.OrchestrationServiceExtensions.AddHotlineOrchestration"/>.
    /// </summary>
    public static IServiceCollection AddHotlineCore(this IServiceCollection services)
    {
        services.TryAddSingleton(new ApiOptions());
        services.AddSingleton<FailedKeyAttempts>();
        services.AddSingleton<OutboxComposer>();
        services.AddSingleton<IntakeService>();
        services.AddSingleton(sp => new Lazy<IntakeService>(sp.GetRequiredService<IntakeService>));
        services.AddSingleton<LinkedCaseOpener>();
        services.AddSingleton(Sms.SendRateLimiter.TollFree());
        services.TryAddSingleton<Reports.IReportSignatures, Reports.InMemoryReportSignatures>();
        services.TryAddSingleton<Reports.Submissions.IReportSubmissions, Reports.Submissions.InMemoryReportSubmissions>();
        services.AddSingleton<Reports.Submissions.ReportReminderSweep>();
        // Issue 11 item 4: the period reports stored on schedule and the weekly quality check (R-RP-1), run by ReportSweep.
        services.TryAddSingleton<Reports.Schedule.IReportSnapshots, Reports.Schedule.InMemoryReportSnapshots>();
        services.TryAddSingleton<Reports.QualityChecks.IQualityChecks, Reports.QualityChecks.InMemoryQualityChecks>();
        services.AddSingleton<Reports.Schedule.ScheduledReports>();
        services.AddSingleton<Reports.QualityChecks.QualityCheckReminderSweep>();
        services.AddSingleton<Reports.ReportSweep>();
        services.TryAddSingleton<Storage.ISurveyStore, Storage.InMemorySurveyStore>();
        services.TryAddSingleton<Storage.IPermitStore, Storage.InMemoryPermitStore>();
        return services;
    }

    /// <summary>
    /// Maps the HTTP API for a host that holds the Durable client in its container (the local host; the Functions app
    /// binds it per invocation instead). Storage outages become 503 with Retry-After; nothing is half-written because
    /// every write is one commit.
    /// </summary>
    public static RouteGroupBuilder MapHotlineApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        // The OpenAPI documentation of every endpoint in the group, from the one catalogue keyed by endpoint name.
        api.WithApiCatalogue();
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Storage.StorageUnavailableException e)
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return Problems.Unavailable(e.Message);
            }
        });
        api.MapPost("/cases", (HttpContext context, ICaseOrchestrations orchestrations) => OrchestratedCaseHandlers.IntakeAsync(context, orchestrations)).WithName("Intake");
        api.MapGet("/cases/counts", (Delegate)Api.Finding.QueueHandlers.CountsAsync).WithName("CaseCounts");
        api.MapPost("/cases/search", (Delegate)Api.Finding.SearchHandlers.SearchAsync).WithName("SearchCases");
        api.MapPost("/callers/history", (Delegate)Api.Finding.CallerHistoryHandlers.HistoryAsync).WithName("CallerHistory");
        api.MapGet("/cases/{id}", CaseHandlers.GetAsync).WithName("GetCase");
        api.MapGet("/cases", (Delegate)CaseHandlers.ListAsync).WithName("ListCases");
        api.MapPost("/cases/{id}/signals", (HttpContext context, string id, ICaseOrchestrations orchestrations) => OrchestratedCaseHandlers.SignalAsync(context, id, orchestrations)).WithName("Signal");
        api.MapGet("/profiles", (Delegate)ProfileHandlers.ListAsync).WithName("ListProfiles");
        api.MapGet("/staff", (Delegate)StaffHandlers.ListAsync).WithName("ListStaff");
        api.MapGet("/staff/{id}", StaffHandlers.GetAsync).WithName("GetStaff");
        api.MapPut("/staff/{id}", StaffHandlers.PutAsync).WithName("PutStaff");
        api.MapGet("/sms/outbox", (Delegate)OpsHandlers.OutboxAsync).WithName("Outbox");
        api.MapPost("/clock", (Delegate)OpsHandlers.ClockAsync).WithName("Clock");
        api.MapGet("/clock", (Delegate)ClockHandlers.NowAsync).WithName("Now");
        api.MapGet("/admin/cases/{id}/orchestration", (HttpContext c, string id, ICaseOrchestrations o) => OrchestrationAdminHandlers.StatusAsync(c, id, o)).WithName("OrchestrationStatus");
        api.MapGet("/admin/orchestrations", (HttpContext c, ICaseOrchestrations o) => OrchestrationAdminHandlers.ListAsync(c, o)).WithName("ListOrchestrations");
        api.MapPost("/admin/cases/{id}/orchestration/wake", (HttpContext c, string id, ICaseOrchestrations o) => OrchestrationAdminHandlers.WakeAsync(c, id, o)).WithName("WakeOrchestration");
        api.MapPost("/admin/cases/{id}/orchestration/terminate", (HttpContext c, string id, ICaseOrchestrations o) => OrchestrationAdminHandlers.TerminateAsync(c, id, o)).WithName("TerminateOrchestration");
        api.MapDelete("/admin/cases/{id}/orchestration", (HttpContext c, string id, ICaseOrchestrations o) => OrchestrationAdminHandlers.PurgeAsync(c, id, o)).WithName("PurgeOrchestration");
        Reports.ReportHandlers.MapReports(api);
        Reports.Forms.FormHandlers.MapForms(api);
        Reports.Submissions.ReportSubmissionHandlers.MapReportSubmissions(api);
        Reports.Schedule.ReportSnapshotHandlers.MapReportSnapshots(api);
        Reports.QualityChecks.QualityCheckHandlers.MapQualityChecks(api);
        Surveys.SurveyHandlers.MapSurveys(api);
        Permits.PermitHandlers.MapPermits(api);
        return api;
    }
}
