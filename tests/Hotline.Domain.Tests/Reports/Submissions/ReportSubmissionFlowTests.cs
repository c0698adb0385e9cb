using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Submissions;
using static Hotline.Domain.Tests.Reports.Submissions.SubmissionStaff;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Submissions;

/// <summary>R-RP-9: 专线员 prepares → 经营科科长 reviews → 经理 approves → submitted to 物业办; wrong roles and wrong order refused.</summary>
public sealed class ReportSubmissionFlowTests
{
    private static readonly DateTimeOffset T = Local("2026-11-19 09:00");

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void Monthly_WalksTheChain_AndKeepsItsFiguresAsGenerated()
    {
        var generated = GenerateNovember("""{"received":3}""");
        var reviewed = ReportSubmissionFlow.Review(Chain, generated, SectionHead, "核对无误", T);
        var approved = ReportSubmissionFlow.Approve(Chain, reviewed, Manager, null, T.AddHours(1));
        var submitted = ReportSubmissionFlow.Submit(Chain, approved, Agent, "物业办收文 2026-118", T.AddHours(2));

        Assert.Equal("heating-supervision.monthly.2026-11", submitted.Id);
        Assert.Equal(
            (SubmissionStatus.Submitted, "business-head", "核对无误", "mgr", "agent1", "物业办收文 2026-118", 4),
            (submitted.Status, submitted.Review!.By.Value, submitted.Review.Comment, submitted.Approval!.By.Value, submitted.Upstream!.By.Value, submitted.Upstream.Reference, submitted.Version));
        Assert.Equal(T.AddHours(2), submitted.Upstream.AtUtc);
        Assert.Equal("""{"received":3}""", submitted.Snapshot);
        Assert.True(submitted.IsDone);

        // Approved figures cannot be regenerated.
        var e = Assert.Throws<SubmissionRefusedException>(() =>
            ReportSubmissionFlow.Generate(Chain, Heating.Id, ReportKind.Monthly, November, Agent, T.AddHours(3), """{"received":9}""", approved));
        Assert.Equal(RefusalKind.OutOfOrder, e.Kind);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void Weekly_EndsAtApproval_NotSubmittedUpstream()
    {
        var week = ReportPeriod.Week(Heating.Calendar, new DateOnly(2026, 11, 18));
        var generated = ReportSubmissionFlow.Generate(Chain, Heating.Id, ReportKind.Weekly, week, Agent, T, "{}", null);
        var approved = ReportSubmissionFlow.Approve(Chain, ReportSubmissionFlow.Review(Chain, generated, SectionHead, null, T), Manager, "同意", T);

        Assert.Equal("heating-supervision.weekly.2026-11-16", approved.Id);
        Assert.True(approved.IsDone);
        Assert.Equal(RefusalKind.OutOfOrder, Assert.Throws<SubmissionRefusedException>(() => ReportSubmissionFlow.Submit(Chain, approved, Agent, "x", T)).Kind);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void WrongRole_IsRefusedAsWrongRole()
    {
        var generated = GenerateNovember();
        var otherHead = TestOrg.Member("engineering-head"); // a Supervisor, but not of the business section
        Assert.Equal(RefusalKind.WrongRole, Refused(() => ReportSubmissionFlow.Review(Chain, generated, otherHead, null, T)));
        Assert.Equal(RefusalKind.WrongRole, Refused(() => ReportSubmissionFlow.Review(Chain, generated, Agent, null, T)));
        var reviewed = ReportSubmissionFlow.Review(Chain, generated, SectionHead, null, T);
        Assert.Equal(RefusalKind.WrongRole, Refused(() => ReportSubmissionFlow.Approve(Chain, reviewed, SectionHead, null, T)));
        Assert.Equal(RefusalKind.WrongRole, Refused(() => ReportSubmissionFlow.Return(Chain, reviewed, Agent, "no", T)));
        Assert.Equal(RefusalKind.WrongRole, Refused(() =>
            ReportSubmissionFlow.Generate(Chain, Heating.Id, ReportKind.Monthly, November, TestOrg.Member("station-1"), T, "{}", null)));
        var approved = ReportSubmissionFlow.Approve(Chain, reviewed, Manager, null, T);
        Assert.Equal(RefusalKind.WrongRole, Refused(() => ReportSubmissionFlow.Submit(Chain, approved, Manager, "ref", T)));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void OutOfOrder_IsRefusedAsOutOfOrder()
    {
        var generated = GenerateNovember();
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Approve(Chain, generated, Manager, null, T)));
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Submit(Chain, generated, Agent, "ref", T)));
        var reviewed = ReportSubmissionFlow.Review(Chain, generated, SectionHead, null, T);
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Review(Chain, reviewed, SectionHead, null, T)));
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Submit(Chain, reviewed, Agent, "ref", T)));
        // The manager cannot return a report the section head has not reviewed yet: it is not at his step.
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Return(Chain, generated, Manager, "redo", T)));

        // Someone who is both section head and manager cannot approve what they reviewed.
        var both = SectionHead with { Roles = new HashSet<Hotline.Domain.Staff.Role> { Hotline.Domain.Staff.Role.Supervisor, Hotline.Domain.Staff.Role.Manager } };
        var selfReviewed = ReportSubmissionFlow.Review(Chain, generated, both, null, T);
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Approve(Chain, selfReviewed, both, null, T)));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void Returned_GoesBackWithItsReason_AndIsPreparedAgainBeforeReview()
    {
        var reviewed = ReportSubmissionFlow.Review(Chain, GenerateNovember("""{"received":3}"""), SectionHead, null, T);
        var returned = ReportSubmissionFlow.Return(Chain, reviewed, Manager, "请注明办件详情", T.AddHours(1));

        Assert.Equal(SubmissionStatus.Returned, returned.Status);
        Assert.Null(returned.Review);
        var back = Assert.Single(returned.Returns);
        Assert.Equal(("mgr", "请注明办件详情", SubmissionStatus.Reviewed), (back.By.Value, back.Reason, back.From));
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() => ReportSubmissionFlow.Review(Chain, returned, SectionHead, null, T)));

        var again = ReportSubmissionFlow.Generate(Chain, Heating.Id, ReportKind.Monthly, November, Agent, T.AddHours(2), """{"received":4}""", returned);
        Assert.Equal((SubmissionStatus.Generated, """{"received":4}""", 1), (again.Status, again.Snapshot, again.Returns.Count));
        Assert.Equal(returned.Version + 1, again.Version);

        var returnedByHead = ReportSubmissionFlow.Return(Chain, again, SectionHead, "数字不符", T.AddHours(3));
        Assert.Equal(SubmissionStatus.Generated, returnedByHead.Returns[^1].From);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void ProfileWithoutChain_HasNone()
    {
        var park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
        Assert.Null(park.Reporting.Approval);
        Assert.Equal(RefusalKind.OutOfOrder, Refused(() =>
            ReportSubmissionFlow.Generate(park.Reporting.Approval, park.Id, ReportKind.Weekly, ReportPeriod.Week(park.Calendar, new DateOnly(2026, 11, 18)), Agent, T, "{}", null)));
    }

    private static RefusalKind Refused(Func<ReportSubmission> step)
    {
        var e = Assert.Throws<SubmissionRefusedException>(() => step());
        Assert.Equal("R-RP-9", SubmissionRefusedException.Rule);
        return e.Kind;
    }
}
