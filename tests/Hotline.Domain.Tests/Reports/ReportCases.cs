using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Reports;

/// <summary>Builders for report tests: a case received by a chosen dispatcher, and its snapshot plus ledger for the builders.</summary>
internal static class ReportCases
{
    /// <summary>A summary full of caller data, as agents write them; reports must not repeat it (R-PV-1).</summary>
    public const string LeakySummary = "张三丰反映3栋1201楼上漏水，回电13912345678";

    private static int _sequence = 9000;

    /// <summary>Receives a request at <paramref name="localTime"/> (profile time zone +08:00), recorded by <paramref name="agent"/>.</summary>
    /// <param name="linkedUnit">The linked unit a 12319 complaint names (R-DS-8).</param>
    /// <remarks>Park dispatch is taken revisit-gated (<see cref="ProfileVariants.RevisitGated"/>): the figures count closing revisits.</remarks>
    public static Scenario Receive(
        string profileId, string localTime, string agent, string category, IntakeDecision decision = IntakeDecision.Open, string? linkedUnit = null)
    {
        var s = new Scenario(profileId, Scenario.Local(localTime), profileId == "park-dispatch" ? ProfileVariants.RevisitGated : null);
        var id = CaseId.Create(DateOnly.FromDateTime(s.Now.UtcDateTime), Interlocked.Increment(ref _sequence));
        var team = TeamResolver.Resolve(s.Profile, category, TestOrg.Directory);
        var reason = decision == IntakeDecision.Open ? OpenReason.OnSiteWork : (OpenReason?)null;
        var intake = new Intake(s.Now, TestOrg.Actor(agent), id, Scenario.Caller, Channel.Phone, category, Urgency.Normal, LeakySummary, null, decision, reason, team, LinkedUnit: linkedUnit);
        Assert.IsType<Decision.Accepted>(s.Apply(intake));
        return s;
    }

    public static ReportCase Of(Scenario s) => new(s.State, [.. s.Ledger]);

    public static Actor Person(string id) => TestOrg.Actor(id);
}
