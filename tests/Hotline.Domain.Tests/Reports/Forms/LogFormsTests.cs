using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.Forms.FormAssert;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Forms;

/// <summary>The period logs: each hotline's own log (000 §7.1, 001 篇2 §3.2.3) and heating's two ledgers (003 §六(一)).</summary>
public sealed class LogFormsTests
{
    private static readonly Profile Gm = ProfileCatalog.BuiltIn["gm-hotline"];
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];
    private static readonly DateTimeOffset December5 = Local("2026-12-05 09:00");

    private static ReportPeriod November(Profile p) => ReportPeriod.Month(p.Calendar, 2026, 11);

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public void GmHotlineLog_OneRowPerComplaintOfThePeriod_InTheSeedsColumns_NoCallerData()
    {
        var late = Receive("gm-hotline", "2026-11-20 15:00", "agent2", "attitude");
        var early = Receive("gm-hotline", "2026-11-03 09:00", "agent1", "service-quality");
        var october = Receive("gm-hotline", "2026-10-31 23:00", "agent1", "service-quality");

        var form = LogForms.HotlineLog(Gm, November(Gm), December5, [Of(late), Of(early), Of(october)]);

        Assert.Equal(("物业集团“总经理热线”记录", "QR-8.2.1-01-09", "2026-11-01 至 2026-11-30"), (form.Title, form.FormNumber, form.Period));
        var table = Assert.Single(form.Tables);
        Assert.Equal(["序号", "受理时间", "案件编号", "归属楼盘", "投诉类别", "投诉事项", "热线专员", "反馈楼盘时间", "处理状态", "结案满意度", "销项时间"], table.Columns);
        Assert.Equal([early.State.Id.Value, late.State.Id.Value], Column(table, "案件编号"));
        Assert.Equal(["agent1", "agent2"], Column(table, "热线专员"));
        Assert.Equal(["服务质量", "服务态度"], Column(table, "投诉类别"));
        Assert.Equal(["阳光园区", "阳光园区"], Column(table, "归属楼盘"));
        NoCallerData(form);
        Assert.Contains("张**", Column(table, "投诉事项")[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-IN-3")]
    public void ParkDispatchRecord_ShowsWhetherEachCallWasOpened()
    {
        var park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
        var opened = Receive("park-dispatch", "2026-11-02 09:00", "agent1", "repair");
        var answered = Receive("park-dispatch", "2026-11-02 10:00", "agent2", "query", IntakeDecision.Answered);

        var form = LogForms.HotlineLog(park, November(park), December5, [Of(opened), Of(answered)]);

        Assert.Equal("物业管理投诉调度记录", form.Title);
        var table = Assert.Single(form.Tables);
        Assert.Equal(["是", "否"], Column(table, "是否立项"));
        Assert.Equal(["2026-11-02 09:00", string.Empty], Column(table, "立项时间"));
        NoCallerData(form);
    }

    [Fact]
    [Trait("Rule", "R-IN-6")]
    [Trait("Rule", "R-PV-2")]
    public void SupervisionLedger_EachItemWithItsNumberAreaUnitAndDeadline_OnlySupervisionItems()
    {
        var item = new UpstreamItem("DB-2026-120", "兴庆区", DueUtc: Local("2026-11-20 17:30"));
        var supervised = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("supervision", upstream: item);
        var call = Receive("heating-supervision", "2026-11-17 11:00", "agent1", "billing", IntakeDecision.Answered);

        var form = LogForms.SupervisionLedger(Heating, November(Heating), December5, [Of(supervised), Of(call)]);

        Assert.Equal("督办件办理工作台帐", form.Title);
        var t = Assert.Single(form.Tables);
        var row = Assert.Single(t.Rows);
        Assert.Equal(
            ("DB-2026-120", "兴庆区", "督办件", "station", "2026-11-20 17:30", supervised.State.Id.Value),
            (Column(t, "督办件编号")[0], Column(t, "区域")[0], Column(t, "类别")[0], Column(t, "责任单位")[0], Column(t, "办理时限")[0], Column(t, "案件编号")[0]));
        Assert.NotEqual(string.Empty, Column(t, "责任人")[0]);
        Assert.Equal(t.Columns.Count, row.Count);
        NoCallerData(form);
    }

    [Fact]
    [Trait("Rule", "R-IN-3")]
    [Trait("Rule", "R-PV-2")]
    public void CallLedger_EveryCall_AnsweredOnTheSpotToo_AndItIsHeatingsHotlineLog()
    {
        var item = new UpstreamItem("DB-2026-121", "金凤区", DueUtc: null);
        var supervised = new Scenario("heating-supervision", Local("2026-11-17 10:00")).Open("supervision", upstream: item);
        var call = Receive("heating-supervision", "2026-11-17 11:00", "agent1", "billing", IntakeDecision.Answered);

        var form = LogForms.CallLedger(Heating, November(Heating), December5, [Of(call), Of(supervised)]);

        Assert.Equal("电话接听工作台帐", form.Title);
        var t = Assert.Single(form.Tables);
        Assert.Equal(["督办件 DB-2026-121", "来电"], Column(t, "来源"));
        Assert.Equal("当场答复", Column(t, "处理方式")[1]);
        Assert.StartsWith("立项转办", Column(t, "处理方式")[0], StringComparison.Ordinal);

        var log = LogForms.HotlineLog(Heating, November(Heating), December5, [Of(call), Of(supervised)]);
        Assert.Equal((FormCodes.HotlineLog, form.Title), (log.Code, log.Title));
        Assert.Equal(form.Tables[0].Rows.Select(r => string.Join("|", r)), log.Tables[0].Rows.Select(r => string.Join("|", r)));
    }
}
