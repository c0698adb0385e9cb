using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;
using Hotline.Service.Api.Finding;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

/// <summary>The case endpoints as plain handlers over HttpContext, so the local host and the Functions app map the same code.</summary>
public static class CaseHandlers
{
    /// <param name="recorded">Runs once the intake created or found its case, before the answer (the host starts the
    /// case's orchestration there), with the case as stored and the messages its first commit wrote.</param>
    public static async Task<IResult> IntakeAsync(HttpContext context, Func<IntakeResult, Task>? recorded = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var directory = services.GetRequiredService<IStaffDirectory>();
        // R-IN-9: any staff member may record what a caller brought them; the roles are checked against receivedBy below.
        var (caller, authError) = await ApiAuth.AuthenticateAsync(context, directory);
        if (authError is not null)
        {
            return authError;
        }

        var (body, bodyError) = await JsonBody.ReadAsync<IntakeBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var (request, receivedBy, validation) = await IntakeValidator.ValidateAsync(body!, services.GetRequiredService<ProfileRegistry>(), directory, context.RequestAborted);
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }

        // R-IN-9: the owner records their own intake; only a recorder files in another staff member's name, and both are kept.
        var typist = caller!.Member;
        if (typist.Id != receivedBy!.Member.Id && !typist.Has(Role.Recorder))
        {
            return Problems.Forbidden("receivedBy", $"{typist.Id} may not record a request in {receivedBy.Member.Id}'s name; only a recorder may (R-IN-9).");
        }

        request = request! with { FirstContact = request.FirstContact! with { RecordedBy = Actor.Of(typist) } };

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 200)
        {
            return Problems.Validation("Idempotency-Key", "At most 200 characters.");
        }

        var result = await services.GetRequiredService<IntakeService>().OpenAsync(
            request!, Actor.Of(receivedBy.Member), key.Length == 0 ? null : $"{caller!.Member.Id}:{key}", context.RequestAborted);
        if (result.Case is not null && recorded is not null)
        {
            await recorded(result);
        }

        return result.Result switch
        {
            RunResult.Applied applied => await ViewAsync(context, applied.State, caller!.Member.Id, result.Created),
            RunResult.Rejected r => Problems.Rule(r.Rule, r.Reason),
            _ => throw new InvalidOperationException($"Unexpected intake result {result.Result}."),
        };
    }

    public static Task<IResult> GetAsync(HttpContext context, string id) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            if (!CaseId.TryParse(id, out var caseId))
            {
                return Problems.Validation("id", "A case id like 20261122-0042.");
            }

            // A case the viewer may not see does not exist for them: the same 404 as an unknown id (R-PV-1).
            var stored = await services.GetRequiredService<ICaseStore>().GetAsync(caseId, context.RequestAborted);
            return stored is null || !CaseVisibility.Sees(caller.Member, stored.State)
                ? Problems.NotFound($"Case {id}")
                : await ViewAsync(context, stored.State, caller.Member.Id, created: null);
        });

    public static Task<IResult> ListAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var q = context.Request.Query;
            var v = new Validation();
            var status = q.ContainsKey("status") ? v.Enum<CaseStatus>(q["status"], "status") : null;
            var overdue = q.ContainsKey("overdue") ? bool.TryParse(q["overdue"], out var o) ? o : Invalid<bool?>(v, "overdue", "true or false.") : null;
            var from = Instant(q, "from", v);
            var to = Instant(q, "to", v);
            var pageSize = q.ContainsKey("pageSize") ? int.TryParse(q["pageSize"], out var p) && p is >= 1 and <= 200 ? p : Invalid<int?>(v, "pageSize", "1 to 200.") : 50;
            var urgency = q.ContainsKey("urgency") ? v.Enum<Urgency>(q["urgency"], "urgency") : null;
            var sort = q["sort"].FirstOrDefault() ?? "received";
            if (sort is not ("received" or "deadline"))
            {
                v.Add("sort", "received (newest first) or deadline (next deadline first).");
            }

            var queue = q["queue"].FirstOrDefault();
            if (queue is not (null or "mine"))
            {
                v.Add("queue", "mine: the cases where you are first owner or assignee, or something awaits you.");
            }

            var profiles = services.GetRequiredService<ProfileRegistry>();
            var drill = CaseListFilter.Read(q, profiles, v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var finder = await CaseFinder.ForAsync(services, caller, context.RequestAborted);
            if (queue == "mine")
            {
                return await QueueHandlers.MineAsync(context, finder, pageSize ?? 50, q["continuationToken"].FirstOrDefault());
            }

            var now = finder.Now;
            var query = new CaseQuery(
                status, q["assignee"].FirstOrDefault(), overdue, drill.Month?.StartUtc ?? from, drill.Month?.EndUtc ?? to, now, pageSize ?? 50, q["continuationToken"].FirstOrDefault());
            try
            {
                if (Finding.OpenCaseList.Serves(finder, status))
                {
                    return Results.Ok(await Finding.OpenCaseList.ListAsync(finder, query, urgency, drill, profiles, sort == "deadline", context.RequestAborted));
                }

                var page = await services.GetRequiredService<ICaseStore>().ListAsync(query, context.RequestAborted);

                // The store pages newest first (case id descending), so "received" holds across pages. Visibility (R-PV-1),
                // urgency and the drill-down keys are matched on the store's page, so a page may hold fewer cases than asked;
                // "deadline" orders within each page (the whole-list deadline order is the queue's and field staff's lists').
                var items = page.Items.Where(s => finder.Sees(s) && (urgency is null || s.Urgency == urgency) && (drill.IsEmpty || drill.Matches(s, profiles)));
                if (sort == "deadline")
                {
                    items = items.OrderBy(s => CaseDeadlines.NextDue(s) ?? DateTimeOffset.MaxValue).ThenByDescending(s => s.ReceivedUtc);
                }

                return Results.Ok(new CaseListView([.. items.Select(finder.Summary)], page.ContinuationToken));
            }
            catch (FormatException e)
            {
                return Problems.Validation("continuationToken", e.Message);
            }
        });

    /// <summary>
    /// The signal endpoint over a given driver. A signal the stored projection forbids is refused at once (409 with the
    /// rule); an accepted one is raised to the case's orchestration, and the request waits up to
    /// <see cref="ApiOptions.CommitWait"/> for the commit: 200 with the new state, or 202 with the case's URL and the
    /// state expected when it has not committed yet.
    /// </summary>
    public static async Task<IResult> SignalWithAsync(HttpContext context, string id, ICaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(driver);
        var (signal, error) = await SignalRequests.ReadAsync(context, id);
        if (error is not null)
        {
            return error;
        }

        var services = context.RequestServices;
        var profiles = services.GetRequiredService<ProfileRegistry>();
        var result = await driver.ApplyAsync(signal!.CaseId, s => signal.Make(s, profiles.Get(s.ProfileId)), context.RequestAborted, signal.Stored);
        switch (result)
        {
            case RunResult.Applied applied:
                return await ViewAsync(context, applied.State, signal.Actor.Id, created: null);
            case RunResult.Queued queued:
                return TypedResults.Accepted($"/api/cases/{signal.CaseId}", CaseViews.Of(
                    queued.Expected,
                    [.. await services.GetRequiredService<ICaseStore>().GetLedgerAsync(signal.CaseId, context.RequestAborted), .. queued.Commands.OfType<AppendLedger>().Select(c => c.Entry)],
                    signal.Actor.Id,
                    signal.Now));
            case RunResult.Rejected { Rule: Rejection.NotAllowed } r:
                return Problems.Forbidden(r.Reason);
            case RunResult.Rejected r:
                return Problems.Rule(r.Rule, r.Reason);
            default:
                return Problems.NotFound($"Case {id}");
        }
    }

    private static async Task<IResult> ViewAsync(HttpContext context, CaseState state, StaffId viewer, bool? created)
    {
        var services = context.RequestServices;
        var ledger = await services.GetRequiredService<ICaseStore>().GetLedgerAsync(state.Id, context.RequestAborted);
        var names = await StaffNames.LoadAsync(services.GetRequiredService<IStaffDirectory>(), context.RequestAborted);
        var view = CaseViews.Of(state, ledger, viewer, services.GetRequiredService<TimeProvider>().GetUtcNow(), names);
        return created == true ? Results.Created($"/api/cases/{state.Id}", view) : Results.Ok(view);
    }

    private static DateTimeOffset? Instant(IQueryCollection q, string name, Validation v) =>
        !q.ContainsKey(name) ? null
        : DateTimeOffset.TryParse(q[name], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime() : Invalid<DateTimeOffset?>(v, name, "An ISO 8601 date-time.");

    private static T Invalid<T>(Validation v, string field, string reason)
    {
        v.Add(field, reason);
        return default!;
    }
}
