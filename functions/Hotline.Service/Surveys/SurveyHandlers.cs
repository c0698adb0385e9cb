using Hotline.Domain;
using Hotline.Domain.Staff;
using Hotline.Domain.Surveys;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Surveys;

/// <summary>
/// The periodic satisfaction survey (R-RV-7, 001 篇3): the manager plans it, ballots are recorded per area, functional
/// supervisors add sampling revisits, the manager ends it with a report. <see cref="SurveyRules"/> decides; a refusal stores nothing.
/// </summary>
public static class SurveyHandlers
{
    private const string Rule = "R-RV-7";
    private const string Kind = "Survey";
    private static readonly Role[] Readers = [Role.Manager, Role.Agent, Role.Supervisor, Role.QualityOffice, Role.Admin];
    private static readonly Role[] Recorders = [Role.Manager, Role.Agent, Role.Supervisor];

    public static RouteGroupBuilder MapSurveys(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/surveys", (Delegate)PlanAsync).WithName("PlanSurvey");
        api.MapGet("/surveys", (Delegate)ListAsync).WithName("ListSurveys");
        api.MapGet("/surveys/{id}", GetAsync).WithName("GetSurvey");
        api.MapPost("/surveys/{id}/ballots", BallotsAsync).WithName("RecordSurveyBallots");
        api.MapPost("/surveys/{id}/samples", SampleAsync).WithName("RecordSurveySample");
        api.MapPost("/surveys/{id}/report", ReportAsync).WithName("ReportSurvey");
        return api;
    }

    public static Task<IResult> PlanAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [Role.Manager], async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<PlanSurveyBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), body!.Profile, v);
            var from = v.Date(body.From, "from");
            var to = v.Date(body.To, "to");
            if (body.Areas is not { Count: > 0 })
            {
                v.Add("areas", "Required: the service areas the ballot asks about.");
            }

            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var actor = Actor.Of(caller.Member);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var id = RuleRefusals.NewId("sv", from!.Value);
            var (survey, refusal) = SurveyRules.Plan(id, profile!.Id, from.Value, to!.Value, [.. body.Areas!.Select(a => a?.Trim() ?? string.Empty)], actor, now);
            if (refusal is not null)
            {
                return RuleRefusals.Of(refusal.Rule, refusal.Field, refusal.Reason, refusal.Forbidden);
            }

            await services.GetRequiredService<ISurveyStore>().SaveAsync(survey!, null, context.RequestAborted);
            return Results.Created($"/api/surveys/{id}", SurveyViews.Of(survey!, actor));
        });

    public static Task<IResult> GetAsync(HttpContext context, string id) =>
        ApiCaller.RunAsync(context, Readers, (caller, services) =>
            StoredDocuments.LoadAsync(
                services.GetRequiredService<ISurveyStore>(), Kind, id, stored => Results.Ok(SurveyViews.Of(stored.Survey, Actor.Of(caller.Member))), context.RequestAborted));

    /// <summary>GET /api/surveys?profile=…: the profile's surveys, newest period first.</summary>
    public static Task<IResult> ListAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, Readers, async (_, services) =>
        {
            var v = new Validation();
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), context.Request.Query["profile"].FirstOrDefault(), v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var surveys = await services.GetRequiredService<ISurveyStore>().ListAsync(profile!.Id, context.RequestAborted);
            return Results.Ok(surveys.Select(s => SurveyViews.Summary(s.Survey)).ToList());
        });

    public static Task<IResult> BallotsAsync(HttpContext context, string id) =>
        ChangeAsync<BallotsBody>(context, id, Recorders, (body, v) =>
        {
            var area = v.Required(body.Area, "area", 40);
            var sent = Count(body.Sent, "sent", v);
            var returned = Count(body.Returned, "returned", v);
            var a = Count(body.Satisfied, "satisfied", v);
            var b = Count(body.FairlySatisfied, "fairlySatisfied", v);
            var c = Count(body.Dissatisfied, "dissatisfied", v);
            return (survey, by, at) => SurveyRules.RecordBallots(survey, area!, sent, returned, a, b, c, by, at);
        });

    public static Task<IResult> SampleAsync(HttpContext context, string id) =>
        ChangeAsync<SampleBody>(context, id, [Role.Manager, Role.Supervisor], (body, v) =>
        {
            var area = v.Required(body.Area, "area", 40);
            var comment = v.Required(body.Comment, "comment", 1000);
            SatisfactionRating? rating = body.Rating?.Trim().ToUpperInvariant() switch
            {
                "A" => SatisfactionRating.Satisfied,
                "B" => SatisfactionRating.FairlySatisfied,
                "C" => SatisfactionRating.Dissatisfied,
                _ => null,
            };
            if (rating is null)
            {
                v.Add("rating", body.Rating is null ? "Required: A (满意), B (一般满意) or C (不满意)." : $"'{body.Rating}' is not A, B or C.");
            }

            return (survey, by, at) => SurveyRules.RecordSample(survey, area!, rating!.Value, comment!, by, at);
        });

    public static Task<IResult> ReportAsync(HttpContext context, string id) =>
        ChangeAsync<SurveyReportBody>(context, id, [Role.Manager], (body, v) =>
        {
            var findings = v.Required(body.Findings, "findings", 4000);
            if (body.CorrectiveMeasures is not { Count: > 0 })
            {
                v.Add("correctiveMeasures", "Required: the corrective measures (整改措施), at least one.");
            }
            else if (body.CorrectiveMeasures.Any(m => m is { Length: > 1000 }))
            {
                v.Add("correctiveMeasures", "Each measure at most 1000 characters.");
            }

            return (survey, by, at) => SurveyRules.Report(survey, findings!, [.. body.CorrectiveMeasures!.Select(m => m ?? string.Empty)], by, at);
        });

    private delegate (SatisfactionSurvey? Survey, SurveyRefusal? Refusal) Change(SatisfactionSurvey survey, Actor by, DateTimeOffset at);

    /// <summary>Read, decide, write with the ETag read; when someone else wrote first, decide again on what they wrote.</summary>
    private static Task<IResult> ChangeAsync<TBody>(HttpContext context, string id, Role[] roles, Func<TBody, Validation, Change> parse)
        where TBody : class =>
        ApiCaller.RunAsync(context, roles, async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<TBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var change = parse(body!, v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var store = services.GetRequiredService<ISurveyStore>();
            var actor = Actor.Of(caller.Member);
            return await StoredDocuments.ChangeAsync(
                store,
                Kind,
                id,
                async stored =>
                {
                    var (changed, refusal) = change(stored.Survey, actor, services.GetRequiredService<TimeProvider>().GetUtcNow());
                    if (refusal is not null)
                    {
                        return RuleRefusals.Of(refusal.Rule, refusal.Field, refusal.Reason, refusal.Forbidden);
                    }

                    // Someone recording another area at the same time makes this fail; it is then decided again.
                    var saved = await store.SaveAsync(changed!, stored.ETag, context.RequestAborted);
                    return Results.Ok(SurveyViews.Of(saved.Survey, actor));
                },
                e => Problems.Rule(Rule, $"The survey kept changing while this was saved; nothing was changed. Try again. ({e.Message})"),
                context.RequestAborted);
        });

    private static int Count(int? value, string field, Validation v)
    {
        if (value is null)
        {
            v.Add(field, "Required: a count, 0 or more.");
            return 0;
        }

        if (value < 0)
        {
            v.Add(field, $"{value} is negative; a count is 0 or more.");
        }

        return value.Value;
    }
}
