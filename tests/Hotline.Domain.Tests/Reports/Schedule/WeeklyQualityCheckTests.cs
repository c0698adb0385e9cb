using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Schedule;

/// <summary>R-RP-1 (001 §2 管理处负责人应每周检查一次投诉的质量记录): the manager's weekly check and the reminder when a week passed without it.</summary>
public sealed class WeeklyQualityCheckTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void Manager_RecordsTheWeeksCheck_WithFindingsWhoAndWhen()
    {
        var check = WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 18), TestOrg.Member("mgr"), "  3宗记录未写处理结果，已要求补记  ", null, Local("2026-11-20 16:00"));
        Assert.Equal(
            ("park-dispatch", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), "3宗记录未写处理结果，已要求补记", "mgr", new DateOnly(2026, 11, 20)),
            (check.ProfileId, check.Week, check.LastDay, check.Findings, check.CheckedBy.Value, check.CheckedOn));
        Assert.Equal(Local("2026-11-20 16:00"), check.RecordedUtc);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void OnlyTheManagerChecks_NotAFutureWeek_NorADayBeforeTheWeekOrAfterToday()
    {
        var now = Local("2026-11-20 16:00");
        var agent = Assert.Throws<QualityCheckRefusedException>(() => WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 18), TestOrg.Member("agent1"), "ok", null, now));
        Assert.True(agent.WrongRole);
        var qa = Assert.Throws<QualityCheckRefusedException>(() => WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 18), TestOrg.Member("qa"), "ok", null, now));
        Assert.True(qa.WrongRole);

        Assert.False(Assert.Throws<QualityCheckRefusedException>(() => WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 23), TestOrg.Member("mgr"), "ok", null, now)).WrongRole);
        Assert.Throws<QualityCheckRefusedException>(() => WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 18), TestOrg.Member("mgr"), "ok", new DateOnly(2026, 11, 15), now));
        Assert.Throws<QualityCheckRefusedException>(() => WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 18), TestOrg.Member("mgr"), "ok", new DateOnly(2026, 11, 21), now));

        // A past week checked late is recorded, on the day it was made.
        Assert.Equal(new DateOnly(2026, 11, 19), WeeklyQualityChecks.Record(Park, new DateOnly(2026, 11, 10), TestOrg.Member("mgr"), "ok", new DateOnly(2026, 11, 19), now).CheckedOn);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void WeekWithoutCheck_IsRemindedFromTheNextWorkingDaysOpening_OnlyWhereTheProfileKeepsTheCheck()
    {
        // The week of 16–22 November closed; Monday the 23rd opens at 08:30.
        Assert.Null(QualityCheckReminder.Due(Park, Local("2026-11-23 08:29"), false, false));
        var due = QualityCheckReminder.Due(Park, Local("2026-11-23 08:30"), false, false);
        Assert.NotNull(due);
        Assert.Equal(("park-dispatch.quality-check.2026-11-16", new DateOnly(2026, 11, 16)), (due.Key, due.Week));
        Assert.Contains("11月16日至11月22日", due.Text, StringComparison.Ordinal);

        Assert.Null(QualityCheckReminder.Due(Park, Local("2026-11-23 08:30"), checkedAlready: true, sentAlready: false));
        Assert.Null(QualityCheckReminder.Due(Park, Local("2026-11-23 08:30"), checkedAlready: false, sentAlready: true));
        Assert.Null(QualityCheckReminder.Due(Heating, Local("2026-11-23 08:30"), false, false));
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void Reminder_WaitsOverAHolidayMonday()
    {
        // 2026-10-05 (Monday) is inside the National Day holiday: the week of 28 Sep – 4 Oct is reminded on the first working day after.
        Assert.Null(QualityCheckReminder.Due(Park, Local("2026-10-05 09:00"), false, false));
        var firstWorkingDay = Enumerable.Range(5, 5).Select(d => new DateOnly(2026, 10, d)).First(Park.Calendar.IsWorkingDay);
        Assert.NotNull(QualityCheckReminder.Due(Park, Local($"{firstWorkingDay:yyyy-MM-dd} 08:30"), false, false));
    }
}
