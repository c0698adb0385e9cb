using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Reports;
using Hotline.Service.Reports.Forms;
using Hotline.Service.Reports.Submissions;
using Hotline.Testing;

namespace Hotline.Service.Tests.Reports;

/// <summary>
/// Two upstream offices (issue 11 §5): heating's 市物业办 (city-office, named by the built-in heating profile) and the city
/// 12345 office (city-12345, named here by a property profile). Each reads the forms, the supervision figures and the
/// submitted roll-up of its own profile's items only (R-PV-1).
/// </summary>
[Trait("Rule", "R-PV-1")]
public sealed class UpstreamOfficeAccessTests
{
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];

    private static readonly Profile Property12345 = ProfileCatalog.BuiltIn[ProfileCatalog.PropertyHotline] is var p
        ? p with { Supervision = p.Supervision with { UpstreamUnit = "city-12345" } }
        : throw new InvalidOperationException();

    private static readonly Profile PropertyNamingNone = ProfileCatalog.BuiltIn[ProfileCatalog.PropertyHotline];

    private static readonly StaffRecord City = new(TestOrg.Member("upstream"), null);
    private static readonly StaffRecord Office12345 = new(TestOrg.Member("upstream-12345"), null);

    private static CaseState Item(Profile profile, string category, int n)
    {
        var now = DateTimeOffset.Parse("2026-11-18T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var intake = new Intake(
            now, TestOrg.Agent, CaseId.Create(new DateOnly(2026, 11, 18), n), new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区"),
            Channel.Upstream, category, Urgency.Normal, "室温不达标", null, IntakeDecision.Open, OpenReason.OnSiteWork,
            TeamResolver.Resolve(profile, category, TestOrg.Directory), new UpstreamItem($"DB-{n}", "东区", null), true);
        return Assert.IsType<Decision.Accepted>(CaseMachine.Decide(null, intake, profile)).State;
    }

    [Fact]
    public void CaseForms_EachOfficeReadsItsOwnItemsForms()
    {
        var heating = Item(Heating, "supervision", 1);
        var property = Item(Property12345, "repair", 2);

        Assert.Null(FormAccess.RefuseCase(City, heating));
        Assert.NotNull(FormAccess.RefuseCase(City, property));
        Assert.Null(FormAccess.RefuseCase(Office12345, property));
        Assert.NotNull(FormAccess.RefuseCase(Office12345, heating));
    }

    [Fact]
    public void SupervisionLedger_ListsOnlyTheReadersItems()
    {
        var heating = Item(Heating, "supervision", 1);
        var property = Item(Property12345, "repair", 2);

        Assert.Null(FormAccess.RefusePeriod(City, FormCodes.SupervisionLedger, out var cityRows, out _));
        Assert.Null(FormAccess.RefusePeriod(Office12345, FormCodes.SupervisionLedger, out var rows12345, out _));

        Assert.Equal((true, false), (cityRows!(heating), cityRows(property)));
        Assert.Equal((false, true), (rows12345!(heating), rows12345(property)));
    }

    [Fact]
    public void SupervisionFigures_CountTheOfficesProfilesOnly_AProfileNamingNoneAsBefore()
    {
        var heating = Item(Heating, "supervision", 1);
        var property = Item(Property12345, "repair", 2);
        var own = new SupervisionReports(null!, City.Member);
        var other = new SupervisionReports(null!, Office12345.Member);

        Assert.True(own.ItemsOf(Heating)(heating));
        Assert.False(other.ItemsOf(Heating)(heating));
        Assert.True(other.ItemsOf(Property12345)(property));
        Assert.False(own.ItemsOf(Property12345)(property));
        Assert.False(own.ItemsOf(Heating)(heating with { Upstream = null }), "not a supervision item");
        Assert.True(own.ItemsOf(PropertyNamingNone)(property) && other.ItemsOf(PropertyNamingNone)(property), "no upstream unit named: as before");
    }

    [Fact]
    public void SubmittedRollUp_ReadByTheProfilesOfficeOnly()
    {
        var at = DateTimeOffset.Parse("2026-11-23T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var rollUp = new ReportSubmission(
            "heating-supervision-monthly-2026-11", Heating.Id, ReportKind.Monthly, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            SubmissionStatus.Submitted, TestOrg.Id("agent1"), at, at, "{}", true, null, null, new UpstreamSubmission(TestOrg.Id("agent1"), at, "物业办收文 1"), [], 4);

        Assert.True(UpstreamSubmissionAccess.Reads(City.Member, Heating, rollUp));
        Assert.False(UpstreamSubmissionAccess.Reads(Office12345.Member, Heating, rollUp));
        Assert.True(UpstreamSubmissionAccess.Reads(Office12345.Member, PropertyNamingNone, rollUp), "no upstream unit named: as before");
        Assert.False(UpstreamSubmissionAccess.Reads(City.Member, Heating, rollUp with { Status = SubmissionStatus.Approved }));
    }
}
