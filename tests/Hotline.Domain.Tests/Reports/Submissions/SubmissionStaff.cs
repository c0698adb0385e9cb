using Hotline.Domain.Callers;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Reports.Submissions;

/// <summary>The heating chain's people: the standard org plus the 经营科科长 (Supervisor of unit "business").</summary>
internal static class SubmissionStaff
{
    public static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];

    public static ReportApprovalPolicy Chain => Heating.Reporting.Approval!;

    public static readonly StaffMember SectionHead = new(
        StaffId.Parse("business-head"), "经营科科长", PhoneNumber.Parse("13800009999"), new HashSet<Role> { Role.Supervisor }, "business", StaffId.Parse("mgr"), true);

    public static StaffMember Agent => TestOrg.Member("agent1");

    public static StaffMember Manager => TestOrg.Member("mgr");

    public static ReportPeriod November => ReportPeriod.Month(Heating.Calendar, 2026, 11);

    public static ReportSubmission GenerateNovember(string snapshot = """{"received":3}""") =>
        ReportSubmissionFlow.Generate(Chain, Heating.Id, ReportKind.Monthly, November, Agent, Scenario.Local("2026-11-18 10:00"), snapshot, null);
}
