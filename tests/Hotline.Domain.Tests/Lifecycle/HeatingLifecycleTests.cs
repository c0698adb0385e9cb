using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>heating-supervision (seed 003): 督办件 from the city office, the second-complaint ladder, upstream reporting.</summary>
public sealed class HeatingLifecycleTests
{
    private static Actor Station => TestOrg.Actor("station-head");

    [Fact]
    [Trait("Rule", "R-IN-6")]
    [Trait("Rule", "R-FU-7")]
    [Trait("Rule", "R-FU-8")]
    [Trait("Rule", "R-DS-2")]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-PV-2")]
    public void SupervisionItem_SecondComplaintWhileOverdue_ClimbsLadderAndUpstreamHearsOnCompletion()
    {
        var item = new UpstreamItem("DB-2026-118", "和平区", DueUtc: null);
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("supervision", upstream: item);
        Assert.Equal(Channel.Upstream, s.State.Channel);
        Assert.Contains(s.Ledger, e => e.Rule == "R-IN-6" && e.Text.Contains("DB-2026-118", StringComparison.Ordinal));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.TaskAssigned);

        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Station));

        // Two working days: Tuesday's item is due Thursday at the 17:30 close.
        s.AdvanceTo(Local("2026-11-19 17:29"));
        Assert.DoesNotContain(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.Overdue);
        s.AdvanceTo(Local("2026-11-19 17:30"));
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.Overdue);

        s.AdvanceTo(Local("2026-11-20 09:00")).Do(at => new SecondComplaint(at, TestOrg.Agent, "业主再次来电：仍不热"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.SecondComplaint && n.Level == 1);

        // Re-checks follow the profile's "eod": each one at the close of the next working day — Friday, then Monday.
        s.AdvanceTo(Local("2026-11-20 17:29"));
        Assert.Empty(s.NoticesTo("dgm"));
        s.AdvanceTo(Local("2026-11-20 17:30"));
        Assert.Single(s.NoticesTo("dgm"), n => n.Kind == NoticeKind.SecondComplaint && n.Level == 2);
        Assert.Empty(s.NoticesTo("gm"));
        s.AdvanceTo(Local("2026-11-23 17:30"));
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.SecondComplaint && n.Level == 3);
        Assert.Equal(3, s.State.EscalationLevel);

        s.AdvanceTo(Local("2026-11-26 11:00")).Do(at => new Complete(at, Station, EvidenceKind.Document, "测温记录", "更换阀门，室温 20℃"));
        Assert.Single(s.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamReport && n.Text == "更换阀门，室温 20℃");

        s.AdvanceTo(Local("2026-11-27 10:00")).Do(at => new RevisitResult(at, Station, RevisitStage.Closing, SatisfactionRating.Satisfied, "已热", null));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void SupervisionItem_WithUpstreamDeadline_DueAtThatDeadline()
    {
        var due = Local("2026-11-18 12:00");
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("supervision", upstream: new UpstreamItem("DB-7", "南岗区", due));
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc == due);
    }

    [Theory]
    [Trait("Rule", "R-FU-7")]
    [InlineData("2026-11-17 10:00", "2026-11-19 17:30")] // Tuesday → Thursday close
    [InlineData("2026-11-20 18:00", "2026-11-25 17:30")] // Friday after close: received Monday → Wednesday
    [InlineData("2026-09-30 09:00", "2026-10-09 17:30")] // 国庆 Oct 1–7 off: Thursday 8 and Friday 9 count
    public void SupervisionCategory_TwoWorkingDays(string opened, string due)
    {
        var s = new Scenario("heating-supervision", Local(opened)).Open("supervision");
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.TaskAssigned && n.DueUtc == Local(due));
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void NoDeadlineGiven_FeedbackWithinFiveDays()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("billing");
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc == Local("2026-11-22 10:00"));
    }

    [Fact]
    [Trait("Rule", "R-FU-10")]
    [Trait("Rule", "R-PV-3")]
    public void TemperatureCheck_NotDoneSameDay_OverdueAtMidnightInTheHeatingSeason()
    {
        // 24 h service in season: "the same day" is the calendar day, so the station has until midnight, not 17:30.
        var s = new Scenario("heating-supervision", Local("2026-11-17 09:00")).Open("temperature");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Station));
        s.AdvanceTo(Local("2026-11-17 23:59"));
        Assert.DoesNotContain(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.Overdue);
        s.AdvanceTo(Local("2026-11-18 00:00"));
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.Overdue && n.DueUtc == Local("2026-11-18 00:00"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.Overdue);
    }

    [Fact]
    [Trait("Rule", "R-FU-10")]
    public void ServiceFault_HandledAtOnce_WithinTwoHoursNoOverdue()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 20:00")).Open("service-fault");
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc == Local("2026-11-17 22:00"));
        s.Advance(TimeSpan.FromMinutes(20)).Do(at => new Acknowledge(at, Station));
        s.Advance(TimeSpan.FromMinutes(60)).Do(at => new Complete(at, Station, EvidenceKind.SupervisorNotice, null, "已恢复"));
        s.AdvanceTo(Local("2026-11-18 08:00"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.Overdue);
    }

    [Fact]
    [Trait("Rule", "R-FU-12")]
    public void UnreasonableDemand_SuspendedWithUpstreamApproval_ThenResumed()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("attitude");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Station));
        Assert.Equal("R-FU-12", s.Reject(at => new Suspend(at, TestOrg.Agent, " ", "要求赔偿十万元")).Rule);

        s.Advance(TimeSpan.FromHours(2)).Do(at => new Suspend(at, TestOrg.Agent, "供热办批复〔2026〕31号", "要求赔偿十万元"));
        Assert.Equal(CaseStatus.Suspended, s.State.Status);
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue);
        Assert.NotNull(s.State.NextWakeUtc);

        s.AdvanceTo(Local("2026-11-30 10:00"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.Overdue);
        Assert.Equal(CaseStatus.Suspended, s.State.Status);

        s.Do(at => new Resume(at, TestOrg.Agent, "业主同意按规定维修"));
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc > s.Now);
        Assert.Equal(2, s.Ledger.Count(e => e.Rule == "R-FU-12" && e.Kind is LedgerKind.Suspended or LedgerKind.Resumed));
    }

    [Fact]
    [Trait("Rule", "R-FU-12")]
    public void Suspension_ProfileWithoutIt_Rejected()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-17 10:00")).Open("service");
        Assert.Equal("R-FU-12", s.Reject(at => new Suspend(at, TestOrg.Agent, "批复1号", "无理要求")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-RV-3")]
    public void StationMissesRevisitWithinTwoDays_LateRevisitRecordedAgainstStation()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 09:00")).Open("temperature");
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Station));
        s.AdvanceTo(Local("2026-11-17 15:00")).Do(at => new Complete(at, Station, EvidenceKind.Document, "测温单", "室温 19℃"));

        s.AdvanceTo(Local("2026-11-19 14:59"));
        Assert.Empty(s.Commands.OfType<HoldAccountable>());
        s.AdvanceTo(Local("2026-11-19 15:00"));
        var late = Assert.Single(s.Commands.OfType<HoldAccountable>());
        Assert.Equal((TestOrg.Id("station-head"), AccountabilityKind.LateRevisit), (late.Person, late.Kind));
        Assert.Contains(s.Ledger, e => e.Rule == "R-RP-7" && e.Text.Contains("¥20", StringComparison.Ordinal));
    }
}
