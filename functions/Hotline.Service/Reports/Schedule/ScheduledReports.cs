using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Schedule;
using Hotline.Domain.Reports.Submissions;
using Hotline.Service.Cases;
using Hotline.Service.Reports.Submissions;
using Hotline.Service.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Reports.Schedule;

/// <summary>
/// Produces the period reports on schedule (issue 11 item 4): each minute's sweep asks <see cref="ReportSchedule.Due"/>
/// which periods of every profile have closed, builds the missing ones through <see cref="ReportService"/> and stores them
/// with create-if-absent, so two hosts sweeping at once store each period once. Where the profile's chain (R-RP-9) covers
/// the report, the stored figures then become the submission's draft, unless someone prepared it already.
/// </summary>
/// <remarks>
/// Time is the host's <see cref="TimeProvider"/>: the local host's manual clock produces last month's report when it is
/// moved past the month's end. A report is read once per period; each minute costs one point read per profile and kind.
/// </remarks>
public sealed partial class ScheduledReports(
    ProfileRegistry profiles, IReportSnapshots snapshots, IReportSubmissions submissions, IServiceProvider services, TimeProvider clock, ILogger<ScheduledReports> logger)
{
    /// <summary>Returns the ids of the snapshots this round stored (another host's are not counted).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new List<string>();
        foreach (var profile in profiles.All)
        {
            foreach (var due in ReportSchedule.Due(profile, now))
            {
                try
                {
                    if (await EnsureAsync(profile, due, now, cancellationToken))
                    {
                        stored.Add(due.Id);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One report failing (a storage hiccup) must not hold back the others; the next round asks again.
                    LogFailed(logger, due.Id, e);
                }
            }
        }

        return stored;
    }

    private async Task<bool> EnsureAsync(Profile profile, DueSnapshot due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = false;
        var snapshot = await snapshots.GetAsync(profile.Id, due.Id, cancellationToken);
        if (snapshot is null)
        {
            var built = new ReportSnapshot(
                due.Id, profile.Id, due.Kind, due.Period.FirstDay, due.Period.LastDay, due.Period.EndUtc, now, await BuildAsync(profile, due, cancellationToken));
            added = await snapshots.TryAddAsync(built, cancellationToken);
            snapshot = added ? built : await snapshots.GetAsync(profile.Id, due.Id, cancellationToken);
            if (added)
            {
                LogStored(logger, due.Id);
            }
        }

        var chain = profile.Reporting.Approval;
        if (snapshot is not null && due.SubmissionKind(chain) is { } kind
            && await submissions.GetAsync(profile.Id, ReportSubmission.IdFor(profile.Id, kind, due.Period.FirstDay), cancellationToken) is null
            && ScheduledDraft.For(chain, due, now, DraftFigures(snapshot)) is { } draft)
        {
            // Version 0 expected: false when an agent or the other host prepared it first, which is as good.
            _ = await submissions.TrySaveAsync(draft, 0, cancellationToken);
        }

        return added;
    }

    private async Task<string> BuildAsync(Profile profile, DueSnapshot due, CancellationToken cancellationToken)
    {
        var reports = ActivatorUtilities.GetServiceOrCreateInstance<ReportService>(services);
        var first = due.Period.FirstDay;
        object report = due.Kind switch
        {
            SnapshotKind.Daily => await reports.DailyAsync(profile, first, cancellationToken),
            SnapshotKind.Weekly => await reports.WeeklyAsync(profile, first, cancellationToken),
            _ => await reports.MonthlyAsync(profile, first.Year, first.Month, cancellationToken),
        };
        return JsonSerializer.Serialize(report, report.GetType(), HotlineJson.Options);
    }

    /// <summary>
    /// The submission's figures, as a prepared one carries them (<see cref="ReportSubmissionService"/>): the weekly report
    /// whole; of the month, the statistics that go upstream (the per-dispatcher summary stays internal, R-RP-1).
    /// </summary>
    private static string DraftFigures(ReportSnapshot snapshot) =>
        snapshot.Kind == SnapshotKind.Monthly && JsonNode.Parse(snapshot.Figures)?["statistics"] is { } statistics
            ? statistics.ToJsonString(HotlineJson.Options)
            : snapshot.Figures;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the scheduled report {Id}")]
    private static partial void LogStored(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled report {Id} not stored this round; retrying next minute")]
    private static partial void LogFailed(ILogger logger, string id, Exception exception);
}
