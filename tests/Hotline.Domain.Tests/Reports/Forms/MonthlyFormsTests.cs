using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.Forms.FormAssert;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Forms;

/// <summary>
/// The monthly forms print the monthly reports' figures (they recompute nothing): the dispatch summary (R-RP-1), the
/// accountability list (R-RP-7), the assessment record (R-RP-11) and the first-question audit (R-RP-8).
/// </summary>
public sealed class MonthlyFormsTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];
    private static readonly Profile Gm = ProfileCatalog.BuiltIn["gm-hotline"];
    private static readonly DateTimeOffset January5 = Local("2027-01-05 09:00");

    /// <summary>agent1: a repair closed on revisit A; agent2: a cleaning job nobody answered for a day (R-RP-7), and a query answered on the spot.</summary>
    private static List<ReportCase> ParkDecember()
    {
        var a = Receive("park-dispatch", "2026-12-01 09:00", "agent1", "repair");
        a.AdvanceTo(Local("2026-12-01 09:05")).Do(at => new Acknowledge(at, Person("engineering-head")));
        a.AdvanceTo(Local("2026-12-01 14:00")).Do(at => new Complete(at, Person("engineering-head"), EvidenceKind.ServiceSlip, "FW-1", "已换阀门"));
        a.AdvanceTo(Local("2026-12-02 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "BuildingMaintenance"));
        var c = Receive("park-dispatch", "2026-12-10 09:00", "agent2", "cleaning");
        c.AdvanceTo(Local("2026-12-11 10:00")).Do(at => new Acknowledge(at, Person("cleaning-1")));
        var d = Receive("park-dispatch", "2026-12-03 11:00", "agent2", "query", IntakeDecision.Answered);
        return [Of(a), Of(c), Of(d)];
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-PV-1")]
    [Trait("Rule", "R-PV-2")]
    public void MonthlySummary_OneLinePerDispatcherAndTheTotal_AsTheSummaryCountsThem_SignedByTheManager()
    {
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, January5, ParkDecember()).Sign(TestOrg.Manager, "反馈及时率需改进", January5);

        var form = MonthlyForms.MonthlySummary(Park, summary);

        Assert.Equal(("物业管理投诉调度记录月总结表", "2026年12月", Park.Name), (form.Title, form.Period, form.Organisation));
        var t = Assert.Single(form.Tables);
        Assert.Equal(["agent1", "agent2", "合计"], Column(t, "调度人员"));
        Assert.Equal(["1", "2", "3"], Column(t, "受理总数"));
        Assert.Equal(["0", "1", "1"], Column(t, "当场答复"));
        Assert.Equal(summary.Dispatchers.Select(l => l.Accountability.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("1"), Column(t, "问责次数"));
        Assert.Equal("1/1 100.0%", Column(t, "满意率(A+B)/回收")[0]);
        Assert.Equal("—", Column(t, "满意率(A+B)/回收")[1]);
        Assert.Equal("反馈及时率需改进", Field(form, "负责人评语"));
        var manager = Assert.Single(form.Signatures, s => s.Role == "管理处负责人");
        Assert.Equal(("mgr", "2027-01-05 09:00"), (manager.SignedBy, manager.SignedAt));
        NoCallerData(form);

        // The copy a dispatcher sees: their own line, no total.
        var own = MonthlyForms.MonthlySummary(Park, summary.OnlyFor(TestOrg.Id("agent2")));
        Assert.Equal(["agent2"], Column(own.Tables[0], "调度人员"));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    [Trait("Rule", "R-PV-1")]
    public void AccountabilityList_EachRecordAgainstThePerson_WithTheProfilesPenalty_AndTotals()
    {
        var park = MonthlyForms.AccountabilityList(Park, MonthlySummaryBuilder.Build(Park, 2026, 12, January5, ParkDecember()));
        var records = park.Tables[0];
        Assert.Equal(["cleaning-1"], Column(records, "责任人"));
        Assert.Equal(["未按时反馈"], Column(records, "问责事项"));
        Assert.Equal(["—"], Column(records, "扣罚标准"));     // 001 sets no fines: recorded without an amount.
        Assert.Equal([["cleaning-1", "1", "—"]], park.Tables[1].Rows.Select(r => r.ToArray()));
        NoCallerData(park);

        // Heating's schedule (003 §八 (四)): ¥30 for a complaint not reported in time.
        var h = Receive("heating-supervision", "2026-11-17 10:00", "agent1", "billing");
        h.AdvanceTo(Local("2026-11-19 10:00"));
        var summary = MonthlySummaryBuilder.Build(Heating, 2026, 11, January5, [Of(h)]);
        var heating = MonthlyForms.AccountabilityList(Heating, summary);
        var kinds = summary.Overall!.Accountability.Select(r => r.Kind).ToList();
        Assert.Contains(AccountabilityKind.FailedToReport, kinds);
        Assert.Equal(kinds.Select(k => Heating.Penalties!.RangeFor(k).ToString()), Column(heating.Tables[0], "扣罚标准"));
        Assert.Equal("¥30", Column(heating.Tables[0], "扣罚标准")[kinds.IndexOf(AccountabilityKind.FailedToReport)]);
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    [Trait("Rule", "R-PV-2")]
    public void AssessmentRecord_IsQR13_TheMonthsAssessmentsAndTheComplaintsWaiting()
    {
        var a = Receive("gm-hotline", "2026-11-09 09:00", "agent1", "service-quality");
        a.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, Person("building-head")));
        a.Do(at => new AssignDepartment(at, Person("building-head"), Hotline.Domain.Staff.TeamResolver.ForUnit(Gm, "cleaning", TestOrg.Directory), "调整保洁"));
        a.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));
        a.Advance(TimeSpan.FromMinutes(30)).Do(at => new RevisitResult(at, Person("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, null, null, "周检"));
        a.AdvanceTo(Local("2026-11-10 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, null));
        Assert.Equal(CaseStatus.Closed, a.State.Status);
        var report = QualityRecordsReport.Build(Gm, 2026, 11, January5, [Of(a)]);
        Assert.Empty(MonthlyForms.AssessmentRecord(Gm, report).Tables[0].Rows);
        Assert.Equal([a.State.Id.Value], Column(MonthlyForms.AssessmentRecord(Gm, report).Tables[1], "案件编号"));

        a.AdvanceTo(Local("2026-11-12 09:00")).Do(at => new AssessUnitHead(at, Person("qa"), AssessmentVerdict.Unsatisfactory, "首次处理不彻底"));
        var form = MonthlyForms.AssessmentRecord(Gm, QualityRecordsReport.Build(Gm, 2026, 11, January5, [Of(a)]));

        Assert.Equal(("服务质量考评记录", "QR-8.2.1-01-13"), (form.Title, form.FormNumber));
        var t = form.Tables[0];
        Assert.Equal(
            [a.State.Id.Value, "building-head", "A", "不合格", "首次处理不彻底", "qa", "2026-11-12 09:00"],
            new[] { "案件编号", "单位负责人", "业主评价", "考评结果", "考评意见", "考评人", "考评时间" }.Select(c => Column(t, c)[0]));
        Assert.Empty(form.Tables[1].Rows);
        NoCallerData(form);
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    [Trait("Rule", "R-PV-1")]
    public void FirstQuestionAudit_PrintsTheReceptionRecordTheCoordinationSlipsAndTheBreaches()
    {
        var s = new Scenario("property-hotline", Local("2026-11-18 10:00"));
        var intake = CaseSteps.IntakeOf(s, "repair", Channel.Visit) with
        {
            By = TestOrg.Actor("security-1"), FirstContact = new FirstContact(TestOrg.Actor("desk1"), "卫生间漏水", "工程部上门"), Summary = LeakySummary,
        };
        s.Do(_ => intake)
            .Do(at => new HandOverToDepartment(at, TestOrg.Actor("security-1"), TestOrg.Id("engineering-head"), "engineering", HandOverMethod.SupervisorOnSite, "漏水维修"));
        var audit = FirstQuestionAuditBuilder.Build(s.Profile, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), January5, [Of(s)]);

        var form = FirstQuestionForms.Audit(s.Profile, audit);

        Assert.Equal(["接待业主情况记录", "客户接待事项协调单", "首问违规认定"], form.Tables.Select(t => t.Caption));
        var reception = form.Tables[0];
        Assert.Equal(("security-1", "desk1", "是"), (Column(reception, "首问接待人")[0], Column(reception, "登记人")[0], Column(reception, "复述确认")[0]));
        var slip = Assert.Single(form.Tables[1].Rows);
        Assert.Equal(("security-1", "engineering-head", "否"), (slip[2], slip[3], Column(form.Tables[1], "接受部门已登记")[0]));
        Assert.Empty(form.Tables[2].Rows);
        NoCallerData(form);
    }
}
