using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.Forms.FormAssert;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Forms;

/// <summary>
/// The GM hotline's per-case forms (000 篇3 §7.0): the processing file QR-8.2.1-01-12, the follow-up table -10 and the
/// revisit form -11, printed from one complaint: received 9 Nov 09:00, the building head assigns cleaning, the department
/// head completes, the building head's second revisit, the hotline's closing revisit A.
/// </summary>
public sealed class CaseFormsTests
{
    private static readonly Profile Gm = ProfileCatalog.BuiltIn["gm-hotline"];

    private static Scenario Complaint()
    {
        var s = Receive("gm-hotline", "2026-11-09 09:00", "agent1", "service-quality");
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, Person("building-head")));
        s.Do(at => new AssignDepartment(at, Person("building-head"), Hotline.Domain.Staff.TeamResolver.ForUnit(Gm, "cleaning", TestOrg.Directory), "调整保洁"));
        s.Advance(TimeSpan.FromHours(2)).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.Document, "整改记录", "已整改"));
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new RevisitResult(at, Person("building-head"), RevisitStage.Second, SatisfactionRating.Satisfied, "满意", null, "周检"));
        s.AdvanceTo(Local("2026-11-10 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.FairlySatisfied, "还可以", "ServiceAndComplaints"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        return s;
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void ProcessingFile_CarriesTheSeedsTitleNumberAndFields_AndEveryLedgerLine()
    {
        var s = Complaint();
        var form = CaseForms.Build(FormCodes.ProcessingFile, Gm, s.State, [.. s.Ledger], callerInClear: true);

        Assert.Equal(("物业集团“总经理热线”处理档案", "QR-8.2.1-01-12", Gm.Name), (form.Title, form.FormNumber, form.Organisation));
        // 000 §4.2: 房号、姓名、联系电话、归属楼盘及投诉事项 — in clear for a reader with a part in the case.
        Assert.Equal(("张三丰", "13912345678", "3栋1201", "阳光园区"), (Field(form, "业主姓名"), Field(form, "联系电话"), Field(form, "房号 / 地址"), Field(form, "归属楼盘")));
        Assert.Equal(("2026-11-09 09:00", "building-head", "已整改", "已销项"), (Field(form, "受理时间"), Field(form, "楼盘负责人"), Field(form, "处理结果"), Field(form, "当前状态")));
        var steps = Assert.Single(form.Tables);
        Assert.Equal(s.Ledger.Count(), steps.Rows.Count);
        Assert.Equal(["热线专员", "楼盘负责人", "全质办签收"], form.Signatures.Select(g => g.Role));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public void PerCaseForms_MaskTheCaller_ForAReaderWithNoPart()
    {
        var s = Complaint();
        foreach (var code in FormCodes.PerCase)
        {
            var masked = CaseForms.Build(code, Gm, s.State, [.. s.Ledger], callerInClear: false);
            NoCallerData(masked);
            Assert.Contains("张**", AllText(masked), StringComparison.Ordinal);
        }

        Assert.Contains("13912345678", AllText(CaseForms.Build(FormCodes.ProcessingFile, Gm, s.State, [.. s.Ledger], callerInClear: true)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public void PerCaseForms_MaskAPropertyWrittenWithItsRoom_LikeTheAddress()
    {
        var s = Complaint();
        var state = s.State with { Caller = s.State.Caller with { Property = "华府花园3栋1201" } };

        var masked = AllText(CaseForms.Build(FormCodes.ProcessingFile, Gm, state, [.. s.Ledger], callerInClear: false));

        Assert.Contains("华府花园3栋****", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("1201", masked, StringComparison.Ordinal);
        Assert.Contains("华府花园3栋1201", AllText(CaseForms.Build(FormCodes.ProcessingFile, Gm, state, [.. s.Ledger], callerInClear: true)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-RV-1")]
    public void RevisitForm_OneRowPerRevisit_GradedAsTheSeedGrades()
    {
        var s = Complaint();
        var form = CaseForms.RevisitForm(Gm, s.State, callerInClear: true);

        Assert.Equal(("物业集团“总经理热线”处理回访表", "QR-8.2.1-01-11"), (form.Title, form.FormNumber));
        var table = Assert.Single(form.Tables);
        Assert.Equal(["楼盘负责人回访", "结案回访"], Column(table, "回访类别"));
        Assert.Equal(["building-head", "agent1"], Column(table, "回访人"));
        Assert.Equal(["A 满意", "B 一般满意"], Column(table, "满意程度"));
        Assert.Equal(["2026-11-09 12:00", "2026-11-10 10:00"], Column(table, "回访时间"));
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void FollowUpTable_ListsTheStepsAfterIntake_InOrder()
    {
        var s = Complaint();
        var form = CaseForms.FollowUpTable(Gm, s.State, [.. s.Ledger], callerInClear: true);

        Assert.Equal(("物业集团“总经理热线”跟进情况表", "QR-8.2.1-01-10"), (form.Title, form.FormNumber));
        var table = Assert.Single(form.Tables);
        var steps = Column(table, "进度");
        Assert.DoesNotContain("受理", steps);
        Assert.Equal(s.Ledger.Count(e => e.Kind is not (LedgerKind.Received or LedgerKind.Opened or LedgerKind.Accountability)), steps.Count);
        Assert.Equal("处理完毕", steps[steps.ToList().IndexOf("处理完毕")]);
        Assert.True(steps.ToList().IndexOf("处理完毕") < steps.ToList().LastIndexOf("回访"));
        Assert.Equal(Enumerable.Range(1, steps.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Column(table, "序号"));
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void ParkOffice_PrintsItsOwnDispatchRecord_SignedByTheDispatcher()
    {
        var s = Receive("park-dispatch", "2026-12-01 09:00", "agent1", "repair");
        s.AdvanceTo(Local("2026-12-01 09:05")).Do(at => new Acknowledge(at, Person("engineering-head")));
        s.AdvanceTo(Local("2026-12-01 14:00")).Do(at => new Complete(at, Person("engineering-head"), EvidenceKind.ServiceSlip, "FW-1", "已换阀门"));
        s.AdvanceTo(Local("2026-12-02 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "BuildingMaintenance"));
        var park = s.Profile;

        var form = CaseForms.ProcessingFile(park, s.State, [.. s.Ledger], callerInClear: true);

        // 001 篇2 §3.2.3 / §3.3.3: 是否立项与立项时间 … 销项结果, 调度人员签名, 销项时间.
        Assert.Equal(("投诉调度记录（立项 / 销项）", (string?)null), (form.Title, form.FormNumber));
        Assert.Equal("是 2026-12-01 09:00", Field(form, "是否立项 / 立项时间"));
        Assert.StartsWith("已解决", Field(form, "销项结果"), StringComparison.Ordinal);
        var dispatcher = Assert.Single(form.Signatures, g => g.Role == "调度人员");
        Assert.Equal((s.State.Closure!.Dispatcher.Value, "2026-12-02 10:00"), (dispatcher.SignedBy, dispatcher.SignedAt));
    }
}
