using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports.Schedule;

/// <summary>A period whose report is due to be stored.</summary>
public sealed record DueSnapshot(string ProfileId, SnapshotKind Kind, ReportPeriod Period)
{
    public string Id => ReportSnapshot.IdFor(ProfileId, Kind, Period.FirstDay);

    /// <summary>The submission kind (R-RP-9) this report is the draft of, when the profile's chain covers it; else null.</summary>
    public ReportKind? SubmissionKind(ReportApprovalPolicy? chain) => Kind switch
    {
        SnapshotKind.Weekly when chain?.Covers(ReportKind.Weekly) == true => ReportKind.Weekly,
        SnapshotKind.Monthly when chain?.Covers(ReportKind.Monthly) == true => ReportKind.Monthly,
        _ => null,
    };
}

/// <summary>
/// When the period reports are produced: the daily report once the local day has closed, the weekly one once the ISO week
/// (Monday to Sunday) has, the monthly one once the month has — each in the profile's own calendar (time zone), as
/// <see cref="ReportPeriod"/> cuts the periods the live reports use. Pure: the instant is passed in.
/// </summary>
/// <remarks>
/// Only the latest closed period of each kind is due: the sweep asks every minute and stores a period once, so a host
/// that was down for a minute or a day still stores it; a period closed before the latest one (a host down across two
/// whole periods) is not reconstructed, because its figures "as the period closed" could no longer be taken.
/// </remarks>
public static class ReportSchedule
{
    /// <summary>Who the stored drafts of R-RP-9 name as their preparer: the schedule, not a person.</summary>
    public static StaffId By { get; } = StaffId.Parse("schedule");

    public static IReadOnlyList<DueSnapshot> Due(Profile profile, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var calendar = profile.Calendar;
        var today = calendar.LocalDate(nowUtc);
        var lastMonth = today.AddMonths(-1);
        var due = new[]
        {
            new DueSnapshot(profile.Id, SnapshotKind.Daily, ReportPeriod.Day(calendar, today.AddDays(-1))),
            new DueSnapshot(profile.Id, SnapshotKind.Weekly, ReportPeriod.Week(calendar, ReportPeriod.Week(calendar, today).FirstDay.AddDays(-7))),
            new DueSnapshot(profile.Id, SnapshotKind.Monthly, ReportPeriod.Month(calendar, lastMonth.Year, lastMonth.Month)),
        };

        // Guards the zone edge (a day that starts later than midnight): a period is due only once its end has passed.
        return [.. due.Where(d => d.Period.EndUtc <= nowUtc)];
    }
}
