using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.Forms.FormAssert;
using static Hotline.Domain.Tests.Reports.ReportCases;

namespace Hotline.Domain.Tests.Reports.Forms;

/// <summary>The 《工作日志》 (001 篇1 §5.1) and the department's 《接待业主情况记录》 (004) as period forms.</summary>
public sealed class RecordFormsTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
    private static readonly DateTimeOffset December5 = Scenario.Local("2026-12-05 09:00");

    private static ReportPeriod November(Profile p) => ReportPeriod.Month(p.Calendar, 2026, 11);

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public void WorkLog_EveryLineOfThePeriodInTimeOrder_WhoWhatWhichCase_ScrubbedOfCallerData()
    {
        // Received on 30 October, acknowledged and finished in November: only its November lines belong to November's log.
        var october = Receive("park-dispatch", "2026-10-30 16:00", "agent2", "repair");
        october.AdvanceTo(Scenario.Local("2026-11-02 09:30")).Acknowledged("engineering-head");
        var november = Receive("park-dispatch", "2026-11-03 09:00", "agent1", "repair");

        var form = WorkLogForms.WorkLog(Park, November(Park), December5, [Of(november), Of(october)]);

        Assert.Equal(("work-log", "工作日志", "2026-11-01 至 2026-11-30", Park.Name), (form.Code, form.Title, form.Period, form.Organisation));
        var t = Assert.Single(form.Tables);
        Assert.Equal(["序号", "日期", "时间", "值班/调度人员", "案件编号", "事项", "工作记录", "依据"], t.Columns);
        var expected = october.Ledger.Concat(november.Ledger)
            .Where(e => e.AtUtc >= Scenario.Local("2026-11-01 00:00") && e.AtUtc < Scenario.Local("2026-12-01 00:00"))
            .Where(e => e.Kind is not (LedgerKind.Accountability or LedgerKind.Breach))
            .ToList();
        Assert.Equal(expected.Count, t.Rows.Count);
        Assert.DoesNotContain("2026-10-30", Column(t, "日期"));
        var stamps = t.Rows.Select(r => r[1] + " " + r[2]).ToList();
        Assert.Equal(stamps.Order(StringComparer.Ordinal), stamps);

        // The October case's follow-ups fired by the clock are the system's; its acknowledgement on 2 November is the engineering head's.
        Assert.Equal(("系统", october.State.Id.Value), (t.Rows[0][3], t.Rows[0][4]));
        var ack = t.Rows.Single(r => r[5] == "确认接单");
        Assert.Equal(("2026-11-02", "09:30", "engineering-head", october.State.Id.Value), (ack[1], ack[2], ack[3], ack[4]));
        var received = t.Rows.Single(r => r[4] == november.State.Id.Value && r[5] == "受理");
        Assert.Equal(("agent1", "R-IN-1"), (received[3], received[7]));
        Assert.Equal(Enumerable.Range(1, t.Rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Column(t, "序号"));
        NoCallerData(form);
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public void WorkLog_NarrowedToAReadersOwnLines_LeavesOnlyThem()
    {
        var mine = Receive("park-dispatch", "2026-11-03 09:00", "agent1", "repair");
        var theirs = Receive("park-dispatch", "2026-11-04 09:00", "agent2", "repair");

        var form = WorkLogForms.WorkLog(Park, November(Park), December5, [Of(mine), Of(theirs)], e => e.By == TestOrg.Id("agent1"));

        var t = Assert.Single(form.Tables);
        Assert.NotEmpty(t.Rows);
        Assert.All(Column(t, "值班/调度人员"), who => Assert.Equal("agent1", who));
        Assert.DoesNotContain(theirs.State.Id.Value, Column(t, "案件编号"));
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-FQ-2")]
    [Trait("Rule", "R-PV-1")]
    public void ReceptionRecord_FirstQuestionEntries_AndTheReceivingDepartmentsEntryNamingTheOwner_CallerMasked()
    {
        var property = ProfileCatalog.BuiltIn["property-hotline"];
        var s = new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00"));
        var intake = CaseSteps.IntakeOf(s, "repair", Channel.Visit) with
        {
            By = TestOrg.Actor("security-1"), FirstContact = new FirstContact(TestOrg.Actor("desk1"), "卫生间漏水", "工程部上门维修", Scenario.Local("2026-11-18 17:00")),
            Summary = LeakySummary,
        };
        s.Do(_ => intake)
            .Do(at => new HandOverToDepartment(at, TestOrg.Actor("security-1"), TestOrg.Id("engineering-head"), "engineering", HandOverMethod.SupervisorOnSite, "漏水维修"))
            .Advance(TimeSpan.FromMinutes(20))
            .Do(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 1, "已登记，首问人 security-1"))
            .Acknowledged("engineering-head").CompletedWithSlip("engineering-1")
            .Do(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "已修复"));
        var unrecorded = new Scenario("property-hotline", Scenario.Local("2026-11-19 09:00"));
        unrecorded.Do(_ => CaseSteps.IntakeOf(unrecorded, "repair", Channel.Phone) with { By = TestOrg.Actor("cleaning-1"), CaseId = CaseId.Create(new DateOnly(2026, 11, 19), 77) })
            .Do(at => new HandOverToDepartment(at, TestOrg.Actor("cleaning-1"), TestOrg.Id("engineering-head"), "engineering", HandOverMethod.PhoneBridge, "维修"));

        var form = ReceptionRecordForms.ReceptionRecord(property, November(property), December5, [Of(s), Of(unrecorded)], id => id.Value == "security-1" ? "security" : null);

        Assert.Equal(("reception-record", "接待业主情况记录"), (form.Code, form.Title));
        var t = Assert.Single(form.Tables);
        Assert.Equal(["序号", "登记时间", "登记部门", "案件编号", "业主", "联系电话", "反映事项", "首问人员", "登记人", "登记类型", "告知/备注", "处理结果", "完成时间", "首问责任终止"], t.Columns);
        Assert.Equal(3, t.Rows.Count);   // two first-question entries, one reception entry; the unrecorded hand-over is not in the record

        var first = t.Rows[0];
        Assert.Equal(("2026-11-18 10:00", "security", "security-1", "desk1"), (first[1], first[2], first[7], first[8]));
        Assert.Equal("首问接待（来访）", first[9]);
        Assert.Equal("工程部上门维修；预计 2026-11-18 17:00 前解决", first[10]);
        Assert.Equal(("张**", "139****5678"), (first[4], first[5]));

        var taken = t.Rows[1];
        Assert.Equal(("2026-11-18 10:20", "engineering", s.State.Id.Value, "security-1", "engineering-head"), (taken[1], taken[2], taken[3], taken[7], taken[8]));
        Assert.StartsWith("接受移交（第1次，", taken[9], StringComparison.Ordinal);
        Assert.Equal("已登记，首问人 security-1", taken[10]);
        Assert.NotEqual(string.Empty, taken[12]);
        Assert.NotEqual(string.Empty, taken[13]);   // the completion notice ended the duty (R-FQ-2)

        Assert.Equal(("cleaning-1", "首问接待（来电）", string.Empty), (t.Rows[2][7], t.Rows[2][9], t.Rows[2][13]));
        NoCallerData(form);
    }
}
