using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Sms;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>The caller hears the result (R-FB-1): when the work is done, or when the case is closed, as the profile says.</summary>
public sealed class CallerFeedbackTests
{
    [Theory]
    [Trait("Rule", "R-FB-1")]
    [InlineData("park-dispatch", "repair", "engineering-head")]
    [InlineData("property-hotline", "repair", "engineering-head")]
    [InlineData("municipal-12319", "facility", "execution-head")]
    public void Completed_CallerToldTheResult_AndItIsOnTheTimeline(string profile, string category, string head)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category).Acknowledged(head);
        Assert.DoesNotContain(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult);

        s.Do(at => new Complete(at, TestOrg.Actor(head), EvidenceKind.ServiceSlip, "FWD-9", "已更换水管接头，联系电话13912345678"));

        var told = Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Notified && e.Rule == "R-FB-1");
        var text = NoticeRenderer.Render(told, s.State, s.Profile, id => id.Value);
        Assert.Contains(s.State.Id.Value, text, StringComparison.Ordinal);
        Assert.Contains("已更换水管接头", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        Assert.Equal(1, SmsSegments.Count(text));
    }

    [Fact]
    [Trait("Rule", "R-FB-1")]
    public void ForceClosed_CallerToldTheOutcomeAndWhy()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Acknowledged("engineering-head")
            .Do(at => new CannotResolve(at, TestOrg.Actor("engineering-head"), "开发商遗留问题，产权未明"));
        s.AdvanceTo(Scenario.Local("2027-01-04 09:00"));
        Assert.DoesNotContain(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult);

        s.ApprovedBy("mgr", ApprovalKind.ForcedClosure);

        var told = Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerResult);
        Assert.Contains("产权未明", told.Text, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R-FB-1")]
    [InlineData(CallerFeedback.OnClosure, 0, 1)]
    [InlineData(CallerFeedback.None, 0, 0)]
    public void ProfileSaysWhen_ToldAtClosureOrNotAtAll(CallerFeedback when, int atCompletion, int atClosure)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, p => ProfileVariants.RevisitGated(p) with { Closure = ProfileVariants.RevisitGated(p).Closure with { CallerFeedback = when } })
            .Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-head");
        Assert.Equal(atCompletion, s.NoticesToCaller().Count(n => n.Kind == NoticeKind.CallerResult));

        s.RevisitedSatisfied();

        Assert.Equal(atClosure, s.NoticesToCaller().Count(n => n.Kind == NoticeKind.CallerResult));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }
}
