using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

/// <summary>
/// park-dispatch, December 2026, figures checked by hand. agent1 receives A (repair, closed on a revisit A) and
/// B (equipment, unresolvable, force-closed at the quarter end on the 31st). agent2 receives C (cleaning: nobody
/// answers for 24 h, revisit C reopens it, revisit B closes it) and D (a query answered on the spot).
/// </summary>
public sealed class MonthlySummaryTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
    private static readonly DateTimeOffset ReportedOn = Local("2027-01-05 09:00");

    private static List<ReportCase> December()
    {
        var a = Receive("park-dispatch", "2026-12-01 09:00", "agent1", "repair");
        a.AdvanceTo(Local("2026-12-01 09:05")).Do(at => new Acknowledge(at, Person("engineering-head")));
        a.AdvanceTo(Local("2026-12-01 14:00")).Do(at => new Complete(at, Person("engineering-head"), EvidenceKind.ServiceSlip, "FW-1", "已换阀门"));
        a.AdvanceTo(Local("2026-12-02 10:00")).Do(at => new RevisitResult(at, Person("agent1"), RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", "BuildingMaintenance"));

        var b = Receive("park-dispatch", "2026-12-07 10:00", "agent1", "equipment");
        b.AdvanceTo(Local("2026-12-07 10:05")).Do(at => new Acknowledge(at, Person("engineering-head")));
        b.AdvanceTo(Local("2026-12-08 11:00")).Do(at => new CannotResolve(at, Person("engineering-head"), "主板停产"));
        b.AdvanceTo(Local("2026-12-20 10:00")).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.ForcedClosure, "季度末销项"));
        b.AdvanceTo(Local("2026-12-31 18:00"));

        var c = Receive("park-dispatch", "2026-12-10 09:00", "agent2", "cleaning");
        c.AdvanceTo(Local("2026-12-11 10:00")).Do(at => new Acknowledge(at, Person("cleaning-1")));
        c.AdvanceTo(Local("2026-12-11 15:00")).Do(at => new Complete(at, Person("cleaning-1"), EvidenceKind.SupervisorNotice, null, "已清理"));
        c.AdvanceTo(Local("2026-12-12 10:00")).Do(at => new RevisitResult(at, Person("agent2"), RevisitStage.Closing, SatisfactionRating.Dissatisfied, "仍有异味", "Cleaning"));
        c.AdvanceTo(Local("2026-12-14 11:00")).Do(at => new Complete(at, Person("cleaning-1"), EvidenceKind.SupervisorNotice, null, "已消毒"));
        c.AdvanceTo(Local("2026-12-14 15:00")).Do(at => new RevisitResult(at, Person("agent2"), RevisitStage.Closing, SatisfactionRating.FairlySatisfied, null, "Cleaning"));

        var d = Receive("park-dispatch", "2026-12-03 11:00", "agent2", "query", IntakeDecision.Answered);

        Assert.Equal((ClosureOutcome.Resolved, ClosureOutcome.ForceClosed, ClosureOutcome.Resolved),
            (a.State.Closure!.Outcome, b.State.Closure!.Outcome, c.State.Closure!.Outcome));
        return [Of(a), Of(b), Of(c), Of(d)];
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-RP-3")]
    public void December_PerDispatcherCounts_MatchTheHandCount()
    {
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, December());

        Assert.Equal(Local("2027-01-01 00:00"), summary.AsOfUtc);
        Assert.Equal(["agent1", "agent2"], summary.Dispatchers.Select(d => d.Dispatcher));
        var (one, two, all) = (summary.Dispatchers[0], summary.Dispatchers[1], summary.Overall!);

        // Received, opened, answered on the spot, closed, force-closed, revisit forms returned.
        Assert.Equal((2, 2, 0, 1, 1, 1), (one.Received, one.Opened, one.AnsweredOnSpot, one.Closed, one.ForceClosed, one.Revisits));
        Assert.Equal((2, 1, 1, 1, 0, 2), (two.Received, two.Opened, two.AnsweredOnSpot, two.Closed, two.ForceClosed, two.Revisits));
        Assert.Equal((4, 3, 1, 2, 1, 3), (all.Received, all.Opened, all.AnsweredOnSpot, all.Closed, all.ForceClosed, all.Revisits));

        // R-RP-3 over the forms: agent2's C and B give (0 + 1) / 2; the hotline (1 + 0 + 1) / 3.
        Assert.Equal((1, 1, 100.0m), (one.Satisfaction.Numerator, one.Satisfaction.Denominator, one.Satisfaction.Percent));
        // 001 sets no qualifying rate (each office sets its own, R-RP-2): measured, not judged.
        Assert.Equal((1, 2, 50.0m, (bool?)null), (two.Satisfaction.Numerator, two.Satisfaction.Denominator, two.Satisfaction.Percent, two.Satisfaction.Met));
        Assert.Equal((2, 3, 66.7m), (all.Satisfaction.Numerator, all.Satisfaction.Denominator, all.Satisfaction.Percent));
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-RP-2")]
    [Trait("Rule", "R-FU-11")]
    public void December_Kpis_LateFeedbackFailsAgent2_AForcedClosureIsNotAResolvedOne()
    {
        // The park office configured the GM hotline's targets for itself (001: 由公司或管理处根据自己的实际情况定).
        var configured = Park with { Kpi = ProfileCatalog.BuiltIn["gm-hotline"].Kpi };
        var summary = MonthlySummaryBuilder.Build(configured, 2026, 12, ReportedOn, December());
        var (one, two, all) = (summary.Dispatchers[0], summary.Dispatchers[1], summary.Overall!);

        static (int, int) Ratio(KpiValue v) => (v.Numerator, v.Denominator);

        // agent1: both answered within 5 minutes; only A was completed, so only A owed a revisit; both closed, but B only
        // by a forced closure, which the closure rate does not count as resolved (R-RP-2): 1 of 2, under the 80 % target.
        Assert.Equal([(2, 2), (1, 1), (1, 1), (1, 2)], Kpis(one.Kpi).Select(Ratio));
        Assert.Equal(1, one.Kpi.ForceClosed);
        Assert.False(one.KpiTargetsMet);

        // agent2: C's first response came 25 h after opening; its last closing revisit is B, so per case it is satisfied.
        Assert.Equal([(0, 1), (1, 1), (1, 1), (1, 1)], Kpis(two.Kpi).Select(Ratio));
        Assert.Equal((0.0m, false), (two.FeedbackTimeliness.Percent, two.FeedbackTimeliness.Met));
        Assert.False(two.KpiTargetsMet);

        // The call record D counts in volume only.
        Assert.Equal([(2, 3), (2, 2), (2, 2), (2, 3)], Kpis(all.Kpi).Select(Ratio));
        Assert.Equal((4, 1, 3), (all.Kpi.Volume.TotalReceived, all.Kpi.Volume.CallRecords, all.Kpi.Volume.Opened));

        // As shipped, park-dispatch has no targets: the same figures, "no target", nothing met or missed.
        var shipped = MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, December()).Dispatchers[1];
        Assert.Equal(Kpis(two.Kpi).Select(Ratio), Kpis(shipped.Kpi).Select(Ratio));
        Assert.All(Kpis(shipped.Kpi), v => Assert.Equal((null, null), (v.Target, v.Met)));
        Assert.Null(shipped.KpiTargetsMet);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-RP-7")]
    public void December_Accountability_FromLedgerLines_OnTheDispatchersCases()
    {
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, December());
        var (one, two, all) = (summary.Dispatchers[0], summary.Dispatchers[1], summary.Overall!);

        Assert.Empty(one.Accountability);
        // Nobody answered C within 24 h: the on-duty cleaner it had fallen to is held to account (003 §八 (四)); 001 sets
        // no fines, so the park records it without an amount rather than the heating company's ¥30.
        var record = Assert.Single(two.Accountability);
        Assert.Equal(("cleaning-1", AccountabilityKind.FailedToReport), (record.StaffId, record.Kind));
        Assert.Equal(new PersonPenalty("cleaning-1", 1, null), Assert.Single(two.Penalties));
        Assert.Equal(two.Accountability, all.Accountability);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void Summary_UnsignedUntilTheManagerSigns_OnceOnly()
    {
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, December());
        Assert.Equal((false, null, null, null), (summary.IsSigned, summary.ManagerComment, summary.SignedBy, summary.SignedUtc));

        Assert.Throws<InvalidOperationException>(() => summary.Sign(TestOrg.Agent, "自己签", ReportedOn));
        var signed = summary.Sign(TestOrg.Manager, " 反馈及时率需改进 ", ReportedOn);

        Assert.Equal((true, "反馈及时率需改进", "mgr", ReportedOn), (signed.IsSigned, signed.ManagerComment, signed.SignedBy, signed.SignedUtc));
        Assert.Throws<InvalidOperationException>(() => signed.Sign(TestOrg.Manager, "再签", ReportedOn));
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-PV-1")]
    public void OnlyFor_Dispatcher_SeesOwnLineAndNoTotal()
    {
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, December()).OnlyFor(TestOrg.Id("agent2"));
        Assert.Equal("agent2", Assert.Single(summary.Dispatchers).Dispatcher);
        Assert.Null(summary.Overall);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    [Trait("Rule", "R-IN-3")]
    public void MonthBoundary_IsLocalMidnight_NotUtc()
    {
        ReportCase[] calls =
        [
            Of(Receive("park-dispatch", "2026-11-30 23:50", "agent1", "query", IntakeDecision.Answered)),
            Of(Receive("park-dispatch", "2026-12-01 00:10", "agent1", "query", IntakeDecision.Answered)),
            Of(Receive("park-dispatch", "2026-12-31 23:59", "agent1", "query", IntakeDecision.Answered)),
            Of(Receive("park-dispatch", "2027-01-01 00:00", "agent1", "query", IntakeDecision.Answered)),
        ];

        var line = Assert.Single(MonthlySummaryBuilder.Build(Park, 2026, 12, ReportedOn, calls).Dispatchers);
        Assert.Equal((2, 2, 0), (line.Received, line.AnsweredOnSpot, line.Opened));
        Assert.Null(line.KpiTargetsMet);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void RunningMonth_FiguresAsOfNow_LaterEventsIgnored()
    {
        // On 12 December at noon: B is not force-closed yet, C is reopened (its C form is in, its B form is not).
        var summary = MonthlySummaryBuilder.Build(Park, 2026, 12, Local("2026-12-12 12:00"), December());
        var all = summary.Overall!;
        Assert.Equal(Local("2026-12-12 12:00"), summary.AsOfUtc);
        Assert.Equal((1, 0, 2), (all.Closed, all.ForceClosed, all.Revisits));
        Assert.Equal((1, 2), (all.Satisfaction.Numerator, all.Satisfaction.Denominator));
    }

    private static KpiValue[] Kpis(KpiReport r) => [r.FeedbackTimeliness, r.RevisitRate, r.Satisfaction, r.ClosureRate];
}
