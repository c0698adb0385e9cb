using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Storage.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Reports;

/// <summary>
/// GET /api/reports/first-question?from=yyyy-MM-dd&amp;to=yyyy-MM-dd[&amp;profile=…]: the first-question compliance audit (R-RP-8).
/// The management office and the quality office audit it (004 过程与效果控制, 定期检查): the management, the quality office and admins only.
/// </summary>
public static class FirstQuestionAuditHandlers
{
    private static readonly Role[] Readers = ReportReaders.Management;

    /// <summary>The longest period one request may audit; the store is read page by page, so this keeps a request bounded.</summary>
    private const int MaxDays = 366;

    public static Task<IResult> AuditAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, Readers, async (_, services) =>
        {
            var v = new Validation();
            var query = context.Request.Query;
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), query["profile"].FirstOrDefault(), v);
            var from = v.Date(query["from"].FirstOrDefault(), "from");
            var to = v.Date(query["to"].FirstOrDefault(), "to");
            if (from is { } f && to is { } t && (t < f || t.DayNumber - f.DayNumber >= MaxDays))
            {
                v.Add("to", $"On or after 'from', at most {MaxDays} days later.");
            }

            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var reports = ActivatorUtilities.GetServiceOrCreateInstance<ReportService>(services);
            var audit = await BuildAsync(reports.Projections, services.GetRequiredService<TimeProvider>(), profile!, from!.Value, to!.Value, context.RequestAborted);
            return Results.Ok(audit);
        });

    /// <summary>
    /// Every case received up to the period's end: cases received in it are audited, and a breach opened in it counts
    /// whatever the age of its case. Read from the report projection's receipt rows (the snapshots, no ledgers).
    /// </summary>
    public static async Task<FirstQuestionAudit> BuildAsync(IReportProjections projections, TimeProvider time, Profile profile, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projections);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(profile);
        var period = FirstQuestionAuditBuilder.Period(profile, from, to);
        var received = await projections.ReceivedAsync(profile.Id, DateTimeOffset.MinValue, period.EndUtc, cancellationToken);
        return FirstQuestionAuditBuilder.Build(profile, from, to, time.GetUtcNow(), received.Select(c => new ReportCase(c.State)));
    }
}
