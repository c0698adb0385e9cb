using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Lifecycle;

public enum MoveKind
{
    Advance,
    Acknowledge,
    Arrived,
    Progress,
    Complete,
    CannotResolve,
    Approve,
    Revisit,
    SecondComplaint,
    Suspend,
    Resume,
    HandOver,
    Close,
    LinkRelated,
    RelatedResolved,
    Route,
    Reassign,
    UpstreamDeadline,
    LeaderInstruction,

    // Issue 10's triggers: each is played on every profile, so the invariants also hold where a profile refuses it.
    AssignDepartment,
    ReportUpstream,
    HandOverToDepartment,
    ReceptionRecorded,
    CompletionNotice,
    OpenBreach,
    DecideBreach,
    PaidDelayAgreed,
    SlipCopyReceived,
    RevisitNotReached,
    RecordAccountability,
    AssessUnitHead,
    FileCorrectiveAction,
}

/// <summary>One generated move: a clock advance or a staff signal. <see cref="Actor"/> and <see cref="Variant"/> are read at play time.</summary>
public readonly record struct Move(MoveKind Kind, int Actor, int Variant)
{
    public override string ToString() => $"{Kind}/{Actor}/{Variant}";
}

/// <summary>A random case: profile, category and intake options, then a sequence of moves.</summary>
public sealed record PlannedCase(
    string ProfileId,
    string Category,
    Urgency Urgency,
    bool Answered,
    bool HandledBefore,
    int UpstreamMode,
    int StartMinute,
    IReadOnlyList<Move> Moves)
{
    public override string ToString() =>
        $"{ProfileId}/{Category}/{Urgency} answered={Answered} handledBefore={HandledBefore} upstream={UpstreamMode} start+{StartMinute}min: [{string.Join(", ", Moves)}]";
}

/// <summary>Generators for <see cref="PlannedCase"/>: weighted so that cases usually get acknowledged, completed, revisited and closed.</summary>
public static class CasePlans
{
    // Start anywhere from mid-September 2026 to early January 2027: the National Day holiday, its make-up
    // workdays and the Q3 and Q4 quarter ends all fall inside.
    public static readonly DateTimeOffset Origin = new(2026, 9, 14, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly int[] AdvanceMinutes = [1, 10, 20, 25, 60, 150, 600, 1440, 2880, 10080, 43200];

    private static readonly Gen<Move> Moves = Gen.Frequency(
        (8, Gen.Choose(0, AdvanceMinutes.Length - 1).Select(i => new Move(MoveKind.Advance, 0, i))),
        (3, Signal(MoveKind.Acknowledge)),
        (1, Signal(MoveKind.Arrived)),
        (1, Signal(MoveKind.Progress)),
        (3, Signal(MoveKind.Complete)),
        (1, Signal(MoveKind.CannotResolve)),
        (2, Signal(MoveKind.Approve)),
        (3, Signal(MoveKind.Revisit)),
        (1, Signal(MoveKind.SecondComplaint)),
        (1, Signal(MoveKind.Suspend)),
        (1, Signal(MoveKind.Resume)),
        (1, Signal(MoveKind.HandOver)),
        (2, Signal(MoveKind.Close)),
        (1, Signal(MoveKind.LinkRelated)),
        (1, Signal(MoveKind.RelatedResolved)),
        (1, Signal(MoveKind.Route)),
        (1, Signal(MoveKind.Reassign)),
        (1, Signal(MoveKind.UpstreamDeadline)),
        (1, Signal(MoveKind.LeaderInstruction)),
        (2, Signal(MoveKind.AssignDepartment)),
        (1, Signal(MoveKind.ReportUpstream)),
        (1, Signal(MoveKind.HandOverToDepartment)),
        (1, Signal(MoveKind.ReceptionRecorded)),
        (1, Signal(MoveKind.CompletionNotice)),
        (1, Signal(MoveKind.OpenBreach)),
        (1, Signal(MoveKind.DecideBreach)),
        (1, Signal(MoveKind.PaidDelayAgreed)),
        (2, Signal(MoveKind.SlipCopyReceived)),
        (1, Signal(MoveKind.RevisitNotReached)),
        (1, Signal(MoveKind.RecordAccountability)),
        (1, Signal(MoveKind.AssessUnitHead)),
        (1, Signal(MoveKind.FileCorrectiveAction)));

    public static Gen<PlannedCase> Any { get; } =
        from profileId in Gen.Elements(ProfileCatalog.BuiltIn.Keys.Order(StringComparer.Ordinal).ToArray())
        from category in Gen.Frequency(
            (4, Gen.Elements(ProfileCatalog.BuiltIn[profileId].Categories.Select(c => c.Code).ToArray())),
            (1, Gen.Elements(SpecialCategories(ProfileCatalog.BuiltIn[profileId]))))
        from urgency in Gen.Elements(Urgency.Normal, Urgency.Normal, Urgency.Major, Urgency.Emergency)
        from answered in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from handledBefore in Gen.Frequency((1, Gen.Constant(false)), (9, Gen.Constant(true)))
        from upstream in Gen.Choose(0, 2)
        from start in Gen.Choose(0, 115 * 24 * 60)
        from count in Gen.Choose(3, 60)
        from moves in Gen.ArrayOf(Moves, count)
        select new PlannedCase(profileId, category, urgency, answered, handledBefore, upstream, start, moves);

    /// <summary>Categories with rules of their own (paid services, linked-unit complaints), else all: rare among many, so weighted up.</summary>
    private static string[] SpecialCategories(Profile profile)
    {
        var special = profile.Categories.Where(c => c.Paid || profile.Reporting.NamesLinkedUnit(c.Code)).Select(c => c.Code).ToArray();
        return special.Length > 0 ? special : profile.Categories.Select(c => c.Code).ToArray();
    }

    public static TimeSpan AdvanceBy(Move move) => TimeSpan.FromMinutes(AdvanceMinutes[move.Variant]);

    // Actors: -1 the person and form that fit the signal (so cases do reach closure), 0 agent1, 1 the unit head,
    // 2 the unit's implementer, 3 mgr; the rest rarely.
    private static Gen<Move> Signal(MoveKind kind) =>
        from actor in Gen.Frequency((10, Gen.Constant(-1)), (3, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (2, Gen.Constant(3)), (2, Gen.Choose(4, 10)))
        from variant in Gen.Choose(0, 99)
        select new Move(kind, actor, variant);
}
