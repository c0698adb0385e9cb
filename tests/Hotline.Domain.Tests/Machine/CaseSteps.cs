using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>The moves the rule tests repeat, applied at the scenario's current time; each fails the test when rejected.</summary>
internal static class CaseSteps
{
    /// <summary>Wednesday 10:00 local: a plain working day far from holidays, so no calendar edge hides a rule.</summary>
    public static DateTimeOffset Wednesday => Scenario.Local("2026-11-18 10:00");

    public static Scenario Acknowledged(this Scenario s, string by) =>
        s.Do(at => new Acknowledge(at, TestOrg.Actor(by)));

    public static Scenario CompletedWithSlip(this Scenario s, string by) =>
        s.Do(at => new Complete(at, TestOrg.Actor(by), EvidenceKind.ServiceSlip, "FWD-0001", "已修复，业主签字认可"));

    public static Scenario CompletedOnDocument(this Scenario s, string by) =>
        s.Do(at => new Complete(at, TestOrg.Actor(by), EvidenceKind.Document, "DOC-7", "已书面答复"));

    public static Scenario RevisitedSatisfied(this Scenario s) =>
        s.Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", null));

    public static Scenario ApprovedBy(this Scenario s, string by, ApprovalKind kind) =>
        s.Do(at => new Approve(at, TestOrg.Actor(by), kind, "同意"));

    /// <summary>Builds an intake the way the hotline records it, with the team resolved from the standard directory.</summary>
    public static Intake IntakeOf(Scenario s, string category, Channel channel, Urgency urgency = Urgency.Normal, UpstreamItem? upstream = null) =>
        new(s.Now, TestOrg.Agent, CaseId.Create(DateOnly.FromDateTime(s.Now.UtcDateTime), 42), Scenario.Caller, channel, category, urgency,
            "暖气不热", "卧室18度", IntakeDecision.Open, OpenReason.OnSiteWork, TeamResolver.Resolve(s.Profile, category, TestOrg.Directory), upstream);

    public static DateTimeOffset HandlingDue(this CaseState state) =>
        state.Deadlines.Single(d => d.Kind == DeadlineKind.HandlingDue).DueUtc;
}
