using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>
/// Heating (003 §五, 督办件工作职责 三): how a complaint is passed to the unit that handles it (R-DS-9) and the hotline's own
/// deadline to report each supervision item upstream (R-FU-7).
/// </summary>
public sealed class SupervisionTransferTests
{
    private static readonly DateTimeOffset Tuesday = Local("2026-11-17 10:00");

    private static Actor Station => TestOrg.Actor("station-head");

    [Fact]
    [Trait("Rule", "R-DS-9")]
    public void OrdinaryComplaint_PassedOnByPhone_NothingInWritingUntilOverdue()
    {
        var s = new Scenario("heating-supervision", Tuesday).Open("service-fault");
        Assert.Contains(s.Ledger, e => e.Rule == "R-DS-9" && e.Text.StartsWith("普通投诉：电话", StringComparison.Ordinal));
        Assert.Null(s.State.WrittenTransferUtc);
        Assert.DoesNotContain(s.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamMajorReport);

        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, Station));
        s.Advance(TimeSpan.FromHours(2));

        // Not finished within its 2 hours: transferred again, in writing, once.
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.WrittenTransfer);
        Assert.NotNull(s.State.WrittenTransferUtc);
        s.AdvanceTo(Local("2026-11-20 18:00"));
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.WrittenTransfer);
    }

    [Theory]
    [Trait("Rule", "R-DS-9")]
    [InlineData(Urgency.Major)]
    [InlineData(Urgency.Emergency)]
    public void MajorOrSuddenEvent_ReportedUpstreamAtOnce_TransferByPhoneThenInWriting(Urgency urgency)
    {
        var s = new Scenario("heating-supervision", Tuesday).Open("heating-repair", urgency, OpenReason.Emergency);

        Assert.Single(s.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamMajorReport);
        Assert.Equal(Tuesday, s.State.UpstreamReportedUtc);
        Assert.Contains(s.Ledger, e => e.Rule == "R-DS-9" && e.Text.Contains("先电话接转，随后书面", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-DS-9")]
    public void ComplexSupervisionItem_AfterTheManagersOpinion_TransferredAndUpstreamToldInWriting()
    {
        var item = new UpstreamItem("DB-2026-120", "兴庆区", DueUtc: null);
        var s = new Scenario("heating-supervision", Tuesday).Open("complex", upstream: item);
        Assert.Empty(s.NoticesTo("upstream"));

        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Instruction, "先测温再定方案"));

        Assert.Single(s.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamWrittenNotice);
        Assert.Contains(s.Ledger, e => e.Rule == "R-DS-9" && e.Text.Contains("书面转至受理部门", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-DS-9")]
    public void ProfileWithoutWrittenTransfers_RecordsNoTransferMode()
    {
        var s = new Scenario("park-dispatch", Tuesday).Open("repair");
        Assert.DoesNotContain(s.Ledger, e => e.Rule == "R-DS-9");
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void SupervisionItem_NotReportedWithinThreeWorkingDays_AgentToldAndHandlerUrged()
    {
        var item = new UpstreamItem("DB-2026-121", "金凤区", DueUtc: null);
        var s = new Scenario("heating-supervision", Tuesday).Open("supervision", upstream: item);
        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Acknowledge(at, Station));

        // Received Tuesday: three working days end Friday at the 17:30 close.
        s.AdvanceTo(Local("2026-11-20 17:29"));
        Assert.DoesNotContain(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.UpstreamReportDue);
        s.AdvanceTo(Local("2026-11-20 17:30"));
        Assert.Single(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.UpstreamReportDue);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-7" && e.Text.Contains("DB-2026-121", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void SupervisionItem_ReportedInTime_NoReminder_UpstreamHearsTheProgress()
    {
        var item = new UpstreamItem("DB-2026-122", "金凤区", DueUtc: null);
        var s = new Scenario("heating-supervision", Tuesday).Open("supervision", upstream: item);
        s.AdvanceTo(Local("2026-11-19 09:00")).Do(at => new ReportUpstream(at, TestOrg.Agent, "已派供热站测温，阀门待更换"));

        var report = Assert.Single(s.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamReport);
        Assert.Equal("已派供热站测温，阀门待更换", report.Text);
        s.AdvanceTo(Local("2026-11-23 18:00"));
        Assert.DoesNotContain(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.UpstreamReportDue);
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void ItemsOwnEarlierDeadline_IsTheReportDeadline()
    {
        var item = new UpstreamItem("DB-2026-123", "金凤区", DueUtc: Local("2026-11-18 12:00"));
        var s = new Scenario("heating-supervision", Tuesday).Open("supervision", upstream: item);
        Assert.Equal(Local("2026-11-18 12:00"), s.State.Deadlines.Single(d => d.Kind == DeadlineKind.UpstreamReportDue).DueUtc);
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void ReportUpstream_OnAnOrdinaryCase_IsRefused()
    {
        var s = new Scenario("heating-supervision", Tuesday).Open("service-fault");
        var rejected = s.Reject(at => new ReportUpstream(at, TestOrg.Agent, "情况"));
        Assert.Equal("R-FU-7", rejected.Rule);
    }
}
