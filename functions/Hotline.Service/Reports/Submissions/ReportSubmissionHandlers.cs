using System.Globalization;
using System.Text.Json;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports.Submissions;

/// <summary>
/// R-RP-9 report submissions: <c>POST /api/reports/submissions</c> generates (or, after a return, regenerates) a weekly
/// or monthly report of a period; <c>…/{id}/review|approve|return|submit</c> walk the chain; <c>GET</c> reads one (with
/// its figures and reminders) or lists a profile's. A role that cannot take a step → 403; a step out of order → 409
/// with the rule; bad input → 400 naming the field.
/// </summary>
public static class ReportSubmissionHandlers
{
    // Item 5: the management and the quality office read; the steps check their own roles (403). The upstream office reads
    // only the reports submitted to it, and takes no step (UpstreamSubmissionAccess).
    private static readonly Role[] Callers = [Role.Agent, Role.Supervisor, .. ReportReaders.Management, Role.Upstream];

    public static RouteGroupBuilder MapReportSubmissions(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/reports/submissions", (Delegate)GenerateAsync).WithName("GenerateReportSubmission");
        api.MapGet("/reports/submissions", (Delegate)ListAsync).WithName("ListReportSubmissions");
        api.MapGet("/reports/submissions/{id}", (HttpContext c, string id) => GetAsync(c, id)).WithName("GetReportSubmission");
        api.MapPost("/reports/submissions/{id}/{step}", (HttpContext c, string id, string step) => StepAsync(c, id, step)).WithName("ReportSubmissionStep");
        return api;
    }

    /// <summary>Body: <c>{"kind": "weekly"|"monthly", "period": "2026-11-16"|"2026-11", "profile": "…"}</c> (profile optional).</summary>
    public static async Task<IResult> GenerateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, error) = await AuthenticateAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (UpstreamSubmissionAccess.IsUpstreamOnly(caller!.Member))
        {
            return Problems.Forbidden(UpstreamSubmissionAccess.NoSteps);
        }

        var (body, bodyError) = await JsonBody.ReadAsync<GenerateSubmissionBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var v = new Validation();
        var profile = ProfileOf(context, body!.Profile, v);
        var kind = v.Enum<ReportKind>(body.Kind, "kind");
        DateOnly day = default;
        var format = kind == ReportKind.Monthly ? "yyyy-MM" : "yyyy-MM-dd";
        if (kind is not null && !DateOnly.TryParseExact(body.Period?.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            v.Add("period", body.Period is null ? $"Required, as {format}." : $"'{body.Period}' is not a {kind.Value.ToString().ToLowerInvariant()} period as {format}.");
        }

        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        return await RefusalsAsync(async () =>
        {
            var saved = await Service(context).GenerateAsync(profile!, kind!.Value, day, caller!.Member, context.RequestAborted);
            return Results.Created($"/api/reports/submissions/{saved.Id}", await ViewAsync(context, profile!, saved));
        });
    }

    public static async Task<IResult> ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, error) = await AuthenticateAsync(context);
        if (error is not null)
        {
            return error;
        }

        var v = new Validation();
        var profile = ProfileOf(context, context.Request.Query["profile"].FirstOrDefault(), v);
        var kindText = context.Request.Query["kind"].FirstOrDefault();
        var kind = kindText is null ? null : v.Enum<ReportKind>(kindText, "kind");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var list = await context.RequestServices.GetRequiredService<IReportSubmissions>().ListAsync(profile!.Id, kind, context.RequestAborted);
        return UpstreamSubmissionAccess.IsUpstreamOnly(caller!.Member)
            ? Results.Ok(list.Where(s => UpstreamSubmissionAccess.Reads(caller.Member, profile, s)).Select(s => SubmissionView.Of(UpstreamSubmissionAccess.AsReceived(s), null, [], null)))
            : Results.Ok(list.Select(s => SubmissionView.Of(s, null, [], null)));
    }

    public static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, error) = await AuthenticateAsync(context);
        if (error is not null)
        {
            return error;
        }

        var profile = ProfileOfId(context, id);
        var found = profile is null ? null : await context.RequestServices.GetRequiredService<IReportSubmissions>().GetAsync(profile.Id, id, context.RequestAborted);
        if (UpstreamSubmissionAccess.IsUpstreamOnly(caller!.Member))
        {
            // Not yet submitted: for the upstream office there is no such report (R-RP-9); the reminders are internal.
            return found is null || !UpstreamSubmissionAccess.Reads(caller.Member, profile!, found)
                ? Problems.NotFound($"Report submission '{id}' submitted upstream")
                : Results.Ok(SubmissionView.Of(UpstreamSubmissionAccess.AsReceived(found), found.Snapshot, [], (await ViewAsync(context, profile!, found)).Deadlines));
        }

        return found is null ? Problems.NotFound($"Report submission '{id}'") : Results.Ok(await ViewAsync(context, profile!, found));
    }

    /// <summary><c>review</c>/<c>approve</c>: <c>{"comment": "…"}</c> optional; <c>return</c>: <c>{"reason"}</c>; <c>submit</c>: <c>{"reference"}</c>.</summary>
    public static async Task<IResult> StepAsync(HttpContext context, string id, string step)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, error) = await AuthenticateAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (UpstreamSubmissionAccess.IsUpstreamOnly(caller!.Member))
        {
            return Problems.Forbidden(UpstreamSubmissionAccess.NoSteps);
        }

        var (body, bodyError) = await JsonBody.ReadAsync<SubmissionStepBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var v = new Validation();
        var comment = v.Optional(body!.Comment, "comment", 2000);
        var member = caller!.Member;
        Func<ReportApprovalPolicy?, ReportSubmission, DateTimeOffset, ReportSubmission>? apply = step switch
        {
            "review" => (p, s, now) => ReportSubmissionFlow.Review(p, s, member, comment, now),
            "approve" => (p, s, now) => ReportSubmissionFlow.Approve(p, s, member, comment, now),
            "return" when v.Required(body.Reason, "reason", 2000) is { } reason => (p, s, now) => ReportSubmissionFlow.Return(p, s, member, reason, now),
            "submit" when v.Required(body.Reference, "reference", 200) is { } reference => (p, s, now) => ReportSubmissionFlow.Submit(p, s, member, reference, now),
            "return" or "submit" => null,
            _ => null,
        };
        if (step is not ("review" or "approve" or "return" or "submit"))
        {
            return Problems.NotFound($"Step '{step}' (one of review, approve, return, submit)");
        }

        if (!v.IsValid || apply is null)
        {
            return Problems.Validation(v.Errors);
        }

        if (ProfileOfId(context, id) is not { } profile)
        {
            return Problems.NotFound($"Report submission '{id}'");
        }

        return await RefusalsAsync(async () =>
            await Service(context).StepAsync(profile, id, apply, context.RequestAborted) is { } saved
                ? Results.Ok(await ViewAsync(context, profile, saved))
                : Problems.NotFound($"Report submission '{id}'"));
    }

    private static async Task<IResult> RefusalsAsync(Func<Task<IResult>> run)
    {
        try
        {
            return await run();
        }
        catch (SubmissionRefusedException e)
        {
            return e.Kind == RefusalKind.WrongRole ? Problems.Forbidden(e.Message) : Problems.Rule(SubmissionRefusedException.Rule, e.Message);
        }
    }

    private static async Task<SubmissionView> ViewAsync(HttpContext context, Profile profile, ReportSubmission submission)
    {
        if (submission.Kind != ReportKind.Monthly)
        {
            return SubmissionView.Of(submission, submission.Snapshot, [], null);
        }

        var reminders = await context.RequestServices.GetRequiredService<IReportSubmissions>().RemindersAsync(profile.Id, submission.Period, context.RequestAborted);
        return SubmissionView.Of(submission, submission.Snapshot, reminders,
            ReportingDeadlines.For(profile.Reporting, profile.Calendar, submission.FirstDay.Year, submission.FirstDay.Month));
    }

    private static ReportSubmissionService Service(HttpContext context) =>
        ActivatorUtilities.GetServiceOrCreateInstance<ReportSubmissionService>(context.RequestServices);

    private static Task<(StaffRecord? Staff, IResult? Error)> AuthenticateAsync(HttpContext context) =>
        ApiAuth.AuthenticateAsync(context, context.RequestServices.GetRequiredService<IStaffDirectory>(), Callers);

    private static Profile? ProfileOf(HttpContext context, string? profileId, Validation v)
    {
        var registry = context.RequestServices.GetRequiredService<ProfileRegistry>();
        var profile = string.IsNullOrWhiteSpace(profileId) ? registry.Default : registry.Find(profileId.Trim());
        if (profile is null)
        {
            v.Add("profile", $"'{profileId}' is not a loaded profile; one of: {string.Join(", ", registry.All.Select(p => p.Id).Order(StringComparer.Ordinal))}.");
        }

        return profile;
    }

    /// <summary>An id reads "{profile}.{kind}.{period}"; profile ids hold no dots.</summary>
    private static Profile? ProfileOfId(HttpContext context, string id) =>
        context.RequestServices.GetRequiredService<ProfileRegistry>().Find(id.Split('.')[0]);
}

public sealed record GenerateSubmissionBody(string? Kind, string? Period, string? Profile);

public sealed record SubmissionStepBody(string? Comment, string? Reason, string? Reference);

/// <summary>A submission as the API shows it: the figures as stored JSON, and for monthly reports the deadlines and reminders.</summary>
public sealed record SubmissionView(
    string Id, string ProfileId, ReportKind Kind, string Period, DateOnly FirstDay, DateOnly LastDay, SubmissionStatus Status,
    string GeneratedBy, DateTimeOffset GeneratedUtc, DateTimeOffset AsOfUtc, bool GoesUpstream,
    SubmissionStep? Review, SubmissionStep? Approval, UpstreamSubmission? Upstream, IReadOnlyList<SubmissionReturn> Returns, int Version,
    JsonElement? Figures, IReadOnlyList<ReminderRecord> Reminders, ReportingDeadlines? Deadlines)
{
    public static SubmissionView Of(ReportSubmission s, string? figures, IReadOnlyList<ReminderRecord> reminders, ReportingDeadlines? deadlines)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var doc = figures is null ? null : JsonDocument.Parse(figures);
        return new SubmissionView(
            s.Id, s.ProfileId, s.Kind, s.Period, s.FirstDay, s.LastDay, s.Status, s.GeneratedBy.Value, s.GeneratedUtc, s.AsOfUtc, s.GoesUpstream,
            s.Review, s.Approval, s.Upstream, s.Returns, s.Version, doc?.RootElement.Clone(), reminders, deadlines);
    }
}
