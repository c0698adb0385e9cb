using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>One trigger fed to the machine, the state it saw and what it decided.</summary>
public sealed record PlayedStep(CaseTrigger Trigger, CaseState? Before, Decision Decision);

/// <summary>
/// Plays a <see cref="PlannedCase"/> against <see cref="CaseMachine.Decide"/> the way the runner does: an advance fires
/// every wake-up on the way in order, a staff signal happens at the current time after everything due has fired.
/// </summary>
public static class CasePlayer
{
    // A case that keeps waking at the same instant would never let time move on: a bug, not a long run.
    private const int MaxTicksAtOneInstant = 50;

    private static readonly string[] Others = ["agent2", "dgm", "gm", "coord", "qa", "upstream", "security-head"];

    public static IReadOnlyList<PlayedStep> Play(PlannedCase plan)
    {
        var profile = ProfileCatalog.BuiltIn[plan.ProfileId];
        var now = CasePlans.Origin.AddMinutes(plan.StartMinute);
        var steps = new List<PlayedStep>();
        CaseState? state = null;

        void Apply(CaseTrigger trigger)
        {
            var decision = CaseMachine.Decide(state, trigger, profile);
            steps.Add(new PlayedStep(trigger, state, decision));
            if (decision is Decision.Accepted accepted)
            {
                state = accepted.State;
            }
        }

        Apply(Intake(plan, profile, now));
        foreach (var move in plan.Moves)
        {
            if (state is null)
            {
                break;
            }

            if (move.Kind != MoveKind.Advance)
            {
                Apply(Signal(move, state, profile, now));
                continue;
            }

            var until = now + CasePlans.AdvanceBy(move);
            var sameInstant = 0;
            while (state.NextWakeUtc is { } wake && wake <= until)
            {
                sameInstant = wake <= now ? sameInstant + 1 : 0;
                Assert.True(sameInstant < MaxTicksAtOneInstant, $"Case keeps waking at {wake:O} ({state.Status}, {string.Join(", ", state.Deadlines)}): {plan}");
                now = wake > now ? wake : now;
                Apply(new ClockTick(now));
            }

            now = until;
        }

        return steps;
    }

    private static Intake Intake(PlannedCase plan, Profile profile, DateTimeOffset now)
    {
        var upstream = plan.UpstreamMode switch
        {
            1 => new UpstreamItem("DB-1", "和平区", null),
            2 => new UpstreamItem("DB-2", "南岗区", now.AddDays(1)),
            _ => null,
        };
        var team = TeamResolver.Resolve(profile, plan.Category, TestOrg.Directory);
        return new Intake(now, TestOrg.Agent, CaseId.Create(new DateOnly(2026, 9, 14), 1), Scenario.Caller,
            upstream is null ? Channel.Phone : Channel.Upstream, plan.Category, plan.Urgency, "楼上漏水", null,
            plan.Answered ? IntakeDecision.Answered : IntakeDecision.Open, OpenReason.OnSiteWork, team, upstream, plan.HandledBefore);
    }

    private static StaffTrigger Signal(Move move, CaseState s, Profile profile, DateTimeOffset at)
    {
        var unit = s.Team.Unit ?? "customer-service";
        var fitting = move.Actor < 0;
        var by = TestOrg.Actor((fitting ? FittingActor(move.Kind) : move.Actor) switch
        {
            0 => "agent1",
            1 => $"{unit}-head",
            2 => $"{unit}-1",
            3 => "mgr",
            var i => Others[(i - 4) % Others.Length],
        });
        var v = move.Variant;
        return move.Kind switch
        {
            MoveKind.Acknowledge => new Acknowledge(at, by),
            MoveKind.Arrived => new Arrived(at, by),
            MoveKind.Progress => new ProgressNote(at, by, "正在处理"),
            MoveKind.Complete when fitting => new Complete(at, by, EvidenceKind.ServiceSlip, "SLIP-" + v, "已处理"),
            MoveKind.Complete => new Complete(at, by, (EvidenceKind)(v % 3), v % 2 == 0 ? "SLIP-" + v : null, "已处理"),
            MoveKind.CannotResolve => new CannotResolve(at, by, "无法处理"),
            MoveKind.Approve when fitting => new Approve(at, by, s.Status switch
            {
                CaseStatus.Unresolvable => ApprovalKind.ForcedClosure,
                CaseStatus.AwaitingInstruction => ApprovalKind.Instruction,
                _ => ApprovalKind.Closure,
            }),
            MoveKind.Approve => new Approve(at, by, (ApprovalKind)(v % 3)),
            MoveKind.Revisit when fitting => new RevisitResult(at, by, RevisitStage.Closing, (SatisfactionRating)(v % 5 == 0 ? 2 : v % 2), "意见", null),
            MoveKind.Revisit => new RevisitResult(at, by, (RevisitStage)(v % 2), (SatisfactionRating)(v / 2 % 3), "意见", v % 5 == 0 ? null : "Overall"),
            MoveKind.SecondComplaint => new SecondComplaint(at, by, "仍未解决"),
            MoveKind.Suspend => new Suspend(at, by, v % 4 == 0 ? " " : "批复-" + v, "要求不合理"),
            MoveKind.Resume => new Resume(at, by, "要求已降低"),
            MoveKind.HandOver => new HandOver(at, by, TestOrg.Id(v % 2 == 0 ? "agent2" : "agent1"), "交班"),
            MoveKind.Close => new Close(at, by),
            MoveKind.LinkRelated => new LinkRelated(at, by, "相关问题", v % 2 == 0 ? null : CaseId.Create(new DateOnly(2026, 9, 14), 2)),
            MoveKind.RelatedResolved => new RelatedResolved(at, by, 1 + (v % 2)),
            MoveKind.Route => new Route(at, by, TeamResolver.ForUnit(profile, TestOrg.Units[v % TestOrg.Units.Length], TestOrg.Directory)),
            MoveKind.Reassign => new Reassign(at, by, TeamResolver.ForUnit(profile, TestOrg.Units[v % TestOrg.Units.Length], TestOrg.Directory), "不属本部门"),
            MoveKind.UpstreamDeadline => new UpstreamDeadline(at, by, at.AddHours(v - 20)),
            MoveKind.LeaderInstruction => new LeaderInstruction(at, by, "排查隐患", TestOrg.Id($"{unit}-head")),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move.Kind, "Advance is not a signal."),
        };
    }

    /// <summary>Who would normally send the signal: the unit head works the case, the manager approves and routes, the hotline does the rest.</summary>
    private static int FittingActor(MoveKind kind) => kind switch
    {
        MoveKind.Acknowledge or MoveKind.Arrived or MoveKind.Progress or MoveKind.Complete or MoveKind.CannotResolve
            or MoveKind.LinkRelated or MoveKind.RelatedResolved => 1,
        MoveKind.Approve or MoveKind.Route or MoveKind.LeaderInstruction => 3,
        _ => 0,
    };
}
