using Hotline.Domain;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>
/// A month of cases for the report benchmark, made by the real <see cref="CaseMachine"/> (intake, acknowledgement) so the
/// snapshots carry what real ones do (team, deadlines, first-question record); closure and the closing revisit are set
/// on the snapshot. Deterministic: case i is always the same case.
/// </summary>
/// <remarks>Of every 20 cases: 2 answered on the spot (call records), 3 still open, 15 closed after a rated revisit.</remarks>
internal static class ReportCases
{
    public static Profile Profile { get; } = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];

    /// <summary>1 March 2026, 00:00 in Shanghai: the benchmark's month is March 2026 (local).</summary>
    public static DateTimeOffset MonthStart { get; } = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly string[] Categories = ["repair", "security"];
    private static readonly Caller Caller = new("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");

    /// <summary>The case's final state and the ledger lines of its commits, in order.</summary>
    public static (CaseState State, List<(CaseState State, List<LedgerEntry> Lines)> Commits) Make(int i, int count)
    {
        // Spread evenly over the 31 days of March, local time.
        var received = MonthStart.AddMinutes(i * (31.0 * 24 * 60 / count));
        var id = CaseId.Create(DateOnly.FromDateTime(received.DateTime), i + 1);
        var category = Categories[i % Categories.Length];
        var kind = i % 20;
        var decision = kind < 2 ? IntakeDecision.Answered : IntakeDecision.Open;
        var team = TeamResolver.Resolve(Profile, category, TestOrg.Directory);
        var intake = new Intake(
            received, TestOrg.Agent, id, Caller, Channel.Phone, category, Urgency.Normal, "楼上漏水，天花板渗水", null, decision,
            decision == IntakeDecision.Open ? OpenReason.OnSiteWork : null, team);
        var commits = new List<(CaseState, List<LedgerEntry>)>();
        var state = Apply(null, intake, commits);
        if (kind < 5)
        {
            return (state, commits); // call record, or open and not yet acknowledged
        }

        state = Apply(state, new Acknowledge(received.AddMinutes(20), TestOrg.Actor(state.Assignee!.Value.Value)), commits);
        var closed = received.AddHours(6);
        var rating = kind == 19 ? SatisfactionRating.Dissatisfied : kind % 2 == 0 ? SatisfactionRating.Satisfied : SatisfactionRating.FairlySatisfied;
        var line = new LedgerEntry(state.LedgerCount + 1, closed, state.FirstOwner, LedgerKind.Closed, "回访满意，结案", "R-CL-1");
        state = state with
        {
            Status = CaseStatus.Closed,
            Version = state.Version + 1,
            LedgerCount = line.Sequence,
            CompletedUtc = received.AddHours(4),
            FirstResponseUtc = state.FirstResponseUtc ?? received.AddMinutes(20),
            Revisits = [new RevisitRecord(RevisitStage.Closing, rating, null, null, state.FirstOwner, closed)],
            Closure = new ClosureRecord(ClosureOutcome.Resolved, "已修复", null, state.FirstOwner, closed),
            Deadlines = [],
        };
        commits.Add((state, [line]));
        return (state, commits);
    }

    private static CaseState Apply(CaseState? state, CaseTrigger trigger, List<(CaseState, List<LedgerEntry>)> commits)
    {
        var accepted = CaseMachine.Decide(state, trigger, Profile) as Decision.Accepted
            ?? throw new InvalidOperationException($"The benchmark's {trigger.GetType().Name} was rejected.");
        commits.Add((accepted.State, [.. accepted.Commands.OfType<AppendLedger>().Select(c => c.Entry)]));
        return accepted.State;
    }
}
