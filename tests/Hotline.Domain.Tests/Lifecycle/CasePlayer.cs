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
        var category = profile.FindCategory(plan.Category)!;
        // A paid service states its fee and a linked-unit complaint names its unit, as the intake form asks (R-FU-9, R-DS-8).
        var fee = category.Paid ? new FeeAgreed("按价目表 50 元") : null;
        var linkedUnit = profile.Reporting.NamesLinkedUnit(category.Code) ? profile.Reporting.LinkedUnits is [var first, ..] ? first : null : null;
        return new Intake(now, TestOrg.Agent, CaseId.Create(new DateOnly(2026, 9, 14), 1), Scenario.Caller,
            upstream is null ? Channel.Phone : Channel.Upstream, plan.Category, plan.Urgency, "楼上漏水", null,
            plan.Answered ? IntakeDecision.Answered : IntakeDecision.Open, OpenReason.OnSiteWork, team, upstream, plan.HandledBefore,
            linkedUnit, Fee: fee);
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
        // GM hotline: after completion the building head's second revisit with his summary comes first (R-RV-1, R-DS-7).
        var secondRevisitDue = s is { Status: CaseStatus.Completed, BuildingHead: not null }
            && !(s.LastRevisit(RevisitStage.Second) is { } second && second.AtUtc >= s.CompletedUtc);
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
            // GM hotline: after completion the building head's second revisit with his summary comes first (R-RV-1, R-DS-7).
            MoveKind.Revisit when fitting && secondRevisitDue =>
                new RevisitResult(at, TestOrg.Actor(s.BuildingHead!.Value.Value), RevisitStage.Second, (SatisfactionRating)(v % 7 == 0 ? 2 : v % 2), "意见", null, "加强巡查"),
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
            MoveKind.AssignDepartment => new AssignDepartment(at, by, TeamResolver.ForUnit(profile, TestOrg.Units[v % TestOrg.Units.Length], TestOrg.Directory),
                v % 7 == 0 ? " " : "上门查看并维修"),
            MoveKind.ReportUpstream => new ReportUpstream(at, by, v % 9 == 0 ? " " : "已处理，正在回访"),
            MoveKind.HandOverToDepartment => new HandOverToDepartment(at, by, TestOrg.Id($"{TestOrg.Units[v % TestOrg.Units.Length]}-head"),
                TestOrg.Units[v % TestOrg.Units.Length], (HandOverMethod)(v % 3), "属该部门"),
            MoveKind.ReceptionRecorded => new ReceptionRecorded(at, by, 1 + (v % 2)),
            MoveKind.CompletionNotice => new CompletionNotice(at, by, "已办结", v % 4 == 0 ? TestOrg.Id("mgr") : null),
            MoveKind.OpenBreach => new OpenBreach(at, by, TestOrg.Id(v % 2 == 0 ? "agent1" : $"{unit}-head"), (BreachKind)(v % 4), "推诿", v % 3 == 0),
            MoveKind.DecideBreach => new DecideBreach(at, by, 1 + (v % 2), (BreachSanction)(v % 4), "经查属实"),
            MoveKind.PaidDelayAgreed => new PaidDelayAgreed(at, by, at.AddMinutes(v - 10), "师傅在另一户"),
            MoveKind.SlipCopyReceived => new SlipCopyReceived(at, by),
            MoveKind.RevisitNotReached => new RevisitNotReached(at, by, "无人接听"),
            MoveKind.RecordAccountability => new RecordAccountability(at, by, TestOrg.Id($"{unit}-head"), (Hotline.Domain.Kpi.AccountabilityKind)(v % 6), "经核实"),
            MoveKind.AssessUnitHead => new AssessUnitHead(at, by, (AssessmentVerdict)(v % 2), v % 6 == 0 ? "" : "处理及时"),
            MoveKind.FileCorrectiveAction => new FileCorrectiveAction(at, by, "CAR-" + v, "加强培训"),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move.Kind, "Advance is not a signal."),
        };
    }

    /// <summary>Who would normally send the signal: the unit head works the case, the manager approves and routes, the hotline does the rest.</summary>
    private static int FittingActor(MoveKind kind) => kind switch
    {
        MoveKind.Acknowledge or MoveKind.Arrived or MoveKind.Progress or MoveKind.Complete or MoveKind.CannotResolve
            or MoveKind.LinkRelated or MoveKind.RelatedResolved => 1,
        MoveKind.Approve or MoveKind.Route or MoveKind.LeaderInstruction or MoveKind.FileCorrectiveAction => 3,
        // The building head assigns; the receiving department records and reports completion.
        MoveKind.AssignDepartment or MoveKind.ReceptionRecorded or MoveKind.CompletionNotice => 1,
        MoveKind.RecordAccountability or MoveKind.AssessUnitHead or MoveKind.OpenBreach or MoveKind.DecideBreach => 8, // qa
        _ => 0,
    };
}
