using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Tests.Reports.Submissions;

/// <summary>R-RP-9: "reporting.approval" in the heating profile, and the loader's errors naming the field.</summary>
public sealed class ApprovalProfileTests
{
    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void Heating_WeeklyAndMonthlyReviewedByTheBusinessSectionHead_ApprovedByTheManager_MonthlyUpstream()
    {
        var chain = SubmissionStaff.Chain;
        Assert.Equal([ReportKind.Weekly, ReportKind.Monthly], chain.Reports.Order());
        Assert.Equal(new StaffSelector(Role.Supervisor, "business"), chain.Reviewer);
        Assert.Equal(new StaffSelector(Role.Manager), chain.Approver);
        Assert.Equal([ReportKind.Monthly], chain.Upstream);
        Assert.Equal(1, chain.RemindWorkingDaysBefore);
        Assert.All(ProfileCatalog.BuiltIn.Values.Where(p => p.Id != ProfileCatalog.HeatingSupervision), p => Assert.Null(p.Reporting.Approval));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void BadApproval_ErrorsNameTheField()
    {
        using var stream = typeof(ProfileLoader).Assembly.GetManifestResourceStream("Hotline.Domain.Profiles.Data.heating-supervision.json")!;
        var json = new StreamReader(stream).ReadToEnd();
        json = json.Replace("\"role\": \"supervisor\"", "\"role\": \"boss\"", StringComparison.Ordinal)
            .Replace("\"upstream\": [\"monthly\"]", "\"upstream\": [\"daily\"]", StringComparison.Ordinal);
        var e = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "test"));
        Assert.Contains(e.Errors, m => m.StartsWith("reporting.approval.reviewer.role: 'boss'", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("reporting.approval.upstream: 'daily'", StringComparison.Ordinal));
    }
}
