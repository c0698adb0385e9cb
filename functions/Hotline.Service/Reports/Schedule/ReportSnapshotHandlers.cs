using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Domain.Reports.Schedule;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports.Schedule;

/// <summary>
/// The reports stored on schedule: <c>GET /api/reports/snapshots?profile=&amp;kind=daily|weekly|monthly</c> lists them
/// (newest first, without figures), <c>GET /api/reports/snapshots/{id}</c> reads one with its figures. The management and
/// the quality office read all; an agent reads them with only their own line of the month's summary (as the live monthly
/// report); the upstream office reads its supervision items' live reports instead (403 here).
/// </summary>
public static class ReportSnapshotHandlers
{
    public static RouteGroupBuilder MapReportSnapshots(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/reports/snapshots", (Delegate)ListAsync).WithName("ListReportSnapshots");
        api.MapGet("/reports/snapshots/{id}", (HttpContext c, string id) => GetAsync(c, id)).WithName("GetReportSnapshot");
        return api;
    }

    public static Task<IResult> ListAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, ReportReaders.Snapshots, async (_, services) =>
        {
            var v = new Validation();
            var query = context.Request.Query;
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), query["profile"].FirstOrDefault(), v);
            var kindText = query["kind"].FirstOrDefault();
            var kind = kindText is null ? null : v.Enum<SnapshotKind>(kindText, "kind");
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var list = await services.GetRequiredService<IReportSnapshots>().ListAsync(profile!.Id, kind, context.RequestAborted);
            return Results.Ok(list.Select(s => SnapshotView.Of(s, null)).ToList());
        });

    public static Task<IResult> GetAsync(HttpContext context, string id) =>
        ApiCaller.RunAsync(context, ReportReaders.Snapshots, async (caller, services) =>
        {
            // An id reads "{profile}.{kind}.{period}"; profile ids hold no dots.
            var profile = services.GetRequiredService<ProfileRegistry>().Find(id.Split('.')[0]);
            var found = profile is null ? null : await services.GetRequiredService<IReportSnapshots>().GetAsync(profile.Id, id, context.RequestAborted);
            if (found is null)
            {
                return Problems.NotFound($"Report snapshot '{id}'");
            }

            var figures = JsonNode.Parse(found.Figures)!;
            if (!ReportReaders.SeesAll(caller.Member) && found.Kind == SnapshotKind.Monthly)
            {
                OnlyOwnLine(figures, caller.Member.Id);
            }

            return Results.Ok(SnapshotView.Of(found, figures));
        });

    /// <summary>The stored JSON form of <c>MonthlySummary.OnlyFor</c>: the caller's own dispatcher line, no hotline total.</summary>
    private static void OnlyOwnLine(JsonNode figures, StaffId me)
    {
        if (figures["summary"] is not JsonObject summary)
        {
            return;
        }

        summary.Remove("overall");
        if (summary["dispatchers"] is JsonArray lines)
        {
            foreach (var line in lines.Where(l => l?["dispatcher"]?.GetValue<string>() != me.Value).ToList())
            {
                lines.Remove(line);
            }
        }
    }
}

/// <param name="Figures">The report as stored; null in the list.</param>
public sealed record SnapshotView(
    string Id, string ProfileId, SnapshotKind Kind, string Period, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset AsOfUtc, DateTimeOffset GeneratedUtc, JsonElement? Figures)
{
    public static SnapshotView Of(ReportSnapshot s, JsonNode? figures)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SnapshotView(
            s.Id, s.ProfileId, s.Kind, s.Period, s.FirstDay, s.LastDay, s.AsOfUtc, s.GeneratedUtc,
            figures is null ? null : JsonSerializer.SerializeToElement(figures, HotlineJson.Options));
    }
}
