using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

public sealed class CaseFactsMapperTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];

    [Fact]
    [Trait("Rule", "R-IN-3")]
    public void AnsweredOnTheSpot_IsCallRecord_NothingOwed()
    {
        var s = Receive("park-dispatch", "2026-11-16 09:00", "agent1", "query", IntakeDecision.Answered);
        var facts = CaseFactsMapper.From(s.State, [.. s.Ledger]);
        Assert.Equal((true, null, false, "agent1"), (facts.IsCallRecord, facts.FeedbackDueUtc, facts.NeedsRevisit, facts.ReceivedBy));
    }

    [Fact]
    [Trait("Rule", "R-FU-11")]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-RP-2")]
    public void ReopenedCase_OwesRevisit_RatingIsLastClosing_AreaFromRevisit()
    {
        var s = Receive("park-dispatch", "2026-11-16 09:00", "agent1", "cleaning");
        s.AdvanceTo(Local("2026-11-16 09:05")).Do(at => new Acknowledge(at, Person("cleaning-head")));
        s.AdvanceTo(Local("2026-11-16 15:00")).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.SupervisorNotice, null, "已清理"));
        s.AdvanceTo(Local("2026-11-17 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Dissatisfied, null, "StaffAttitude"));

        var facts = CaseFactsMapper.From(s.State, [.. s.Ledger], Park, asOfUtc: null);

        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Equal((Local("2026-11-16 09:00"), Local("2026-11-17 09:00"), Local("2026-11-16 09:05")), (facts.OpenedUtc, facts.FeedbackDueUtc!.Value, facts.FeedbackUtc!.Value));
        Assert.Equal((true, SatisfactionRating.Dissatisfied, "StaffAttitude", false), (facts.NeedsRevisit, facts.Rating, facts.ServiceArea, facts.IsClosed));

        // As of the morning of the 16th: no response yet, nothing completed, the category's area stands in.
        var early = CaseFactsMapper.From(s.State, [.. s.Ledger], Park, Local("2026-11-16 09:01"));
        Assert.Equal((null, false, null, "Cleaning"), (early.FeedbackUtc, early.NeedsRevisit, early.Rating, early.ServiceArea));
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    [Trait("Rule", "R-RV-3")]
    public void ParkCaseClosedOnItsSlip_OwesNoClosingRevisit_ARevisitMadeStillCounts()
    {
        var s = new Hotline.Domain.Tests.Support.Scenario("park-dispatch", Local("2026-11-16 09:00")).Open("cleaning");
        s.AdvanceTo(Local("2026-11-16 09:05")).Do(at => new Acknowledge(at, Person("cleaning-head")));
        s.AdvanceTo(Local("2026-11-16 15:00")).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.SupervisorNotice, null, "已清理"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);

        var facts = CaseFactsMapper.From(s.State, [.. s.Ledger], Park, asOfUtc: null);
        Assert.False(facts.NeedsRevisit);

        // A profile that asks for the revisit (property hotline, revisit within 2 days) owes it once the work is done.
        var property = new Hotline.Domain.Tests.Support.Scenario("property-hotline", Local("2026-11-16 09:00")).Open("environment");
        property.AdvanceTo(Local("2026-11-16 09:05")).Do(at => new Acknowledge(at, Person("cleaning-head")));
        property.AdvanceTo(Local("2026-11-16 15:00")).Do(at => new Complete(at, Person("cleaning-head"), EvidenceKind.SupervisorNotice, null, "已清理"));
        Assert.True(CaseFactsMapper.From(property.State, [.. property.Ledger], property.Profile, asOfUtc: null).NeedsRevisit);
    }
}
