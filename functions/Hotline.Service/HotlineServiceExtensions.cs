using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Running;
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
    /// <c>IStaffDirectory</c>, <c>IInboundLedger</c>, <c>ISmsGateway</c>, <c>TimeProvider</c> and the <see cref="ProfileRegistry"/>.
    /// </summary>
    public static IServiceCollection AddHotlineCore(this IServiceCollection services)
    {
        services.AddSingleton<OutboxComposer>();
        services.AddSingleton<CaseRunner>();
        services.AddSingleton<ICaseDriver>(sp => sp.GetRequiredService<CaseRunner>());
        services.AddSingleton<IntakeService>();
        services.AddSingleton(sp => new Lazy<IntakeService>(sp.GetRequiredService<IntakeService>));
        services.AddSingleton<LinkedCaseOpener>();
        services.AddSingleton<WakeUpPump>();
        services.AddSingleton(Sms.SendRateLimiter.TollFree());
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<Scheduler>();
        services.TryAddSingleton<Reports.IReportSignatures, Reports.InMemoryReportSignatures>();
        services.AddSingleton<Sms.InboundSmsService>();
        services.AddSingleton<Sms.DeliveryFeedback>();
        services.AddSingleton<IDeliveryFailureHandler>(sp => sp.GetRequiredService<Sms.DeliveryFeedback>());
        return services;
    }

    /// <summary>Maps the HTTP API. Storage outages become 503 with Retry-After; nothing is half-written because every write is one commit.</summary>
    public static RouteGroupBuilder MapHotlineApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
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
        api.MapPost("/cases", (Delegate)CaseHandlers.IntakeAsync).WithName("Intake");
        api.MapGet("/cases/{id}", CaseHandlers.GetAsync).WithName("GetCase");
        api.MapGet("/cases", (Delegate)CaseHandlers.ListAsync).WithName("ListCases");
        api.MapPost("/cases/{id}/signals", CaseHandlers.SignalAsync).WithName("Signal");
        api.MapGet("/profiles", (Delegate)ProfileHandlers.ListAsync).WithName("ListProfiles");
        api.MapGet("/staff", (Delegate)StaffHandlers.ListAsync).WithName("ListStaff");
        api.MapGet("/staff/{id}", StaffHandlers.GetAsync).WithName("GetStaff");
        api.MapPut("/staff/{id}", StaffHandlers.PutAsync).WithName("PutStaff");
        api.MapGet("/sms/outbox", (Delegate)OpsHandlers.OutboxAsync).WithName("Outbox");
        api.MapPost("/clock", (Delegate)OpsHandlers.ClockAsync).WithName("Clock");
        Reports.ReportHandlers.MapReports(api);
        return api;
    }
}
