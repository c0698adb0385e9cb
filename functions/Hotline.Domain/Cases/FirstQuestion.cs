using System.Collections.Immutable;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// What the first-question owner did at the first contact (004 §4.5–4.6, 五.2; R-IN-9), given with the intake.
/// </summary>
/// <param name="RecordedBy">Who typed the intake when it is not the owner: needs <see cref="Role.Recorder"/>; null = the owner.</param>
/// <param name="ReadBack">The request as read back to the caller and confirmed (复述确认).</param>
/// <param name="ToldProcedure">What the caller was told of the rules, procedure and who handles it (办理规定、程序要求).</param>
/// <param name="ToldExpectedUtc">The expected time the caller was told (预计解决时间).</param>
public sealed record FirstContact(Actor? RecordedBy = null, string? ReadBack = null, string? ToldProcedure = null, DateTimeOffset? ToldExpectedUtc = null);

/// <summary>How the request was passed to the responsible department (004 服务需求转移方式; R-FQ-1).</summary>
public enum HandOverMethod
{
    /// <summary>方式一: the owner puts the department's supervisor and the caller through to each other by phone.</summary>
    PhoneBridge,
    /// <summary>方式二: the department's supervisor comes to where the caller is.</summary>
    SupervisorOnSite,
    /// <summary>方式三: with the caller's consent the owner accompanies them to the department.</summary>
    Accompanied,
}

/// <summary>
/// One line of the coordination slip (《客户接待事项协调单》, R-FQ-1): who passed it, to whom, how and when; and the
/// receiving department's entry in its reception record (《接待业主情况记录》) naming the first-question owner.
/// </summary>
public sealed record HandOverRecord(
    int Number,
    StaffId From,
    StaffId To,
    string? ToUnit,
    HandOverMethod Method,
    string Reason,
    DateTimeOffset AtUtc,
    StaffId? ReceptionRecordedBy = null,
    DateTimeOffset? ReceptionRecordedUtc = null,
    string? ReceptionNote = null)
{
    public bool ReceptionRecorded => ReceptionRecordedUtc is not null;
}

/// <summary>The first-question duty moved from one person to another (交班), on the record.</summary>
public sealed record OwnerChange(StaffId From, StaffId To, string Reason, StaffId By, DateTimeOffset AtUtc);

/// <summary>What breaks the first-question duty (004 §4.7–4.8, 定期检查, 问责管理制度 四.1; R-FQ-3).</summary>
public enum BreachKind
{
    /// <summary>搪塞、推诿、敷衍: "不知道", "不归我管", "没办法".</summary>
    Evasion,
    /// <summary>踢皮球: passed on again without taking the request.</summary>
    PassingTheBuck,
    /// <summary>不理睬、不关心、打官腔、傲慢: found by spot checks (明察暗访).</summary>
    Attitude,
    /// <summary>失职失责给业主造成损失.</summary>
    LossToOwner,
}

/// <summary>The sanctions the seed lists, mildest first (004 §六; 问责管理制度 五), or that the breach was not upheld.</summary>
public enum BreachSanction
{
    /// <summary>Investigated and not upheld: no sanction.</summary>
    NotUpheld,
    /// <summary>批评教育.</summary>
    Criticism,
    /// <summary>通报批评.</summary>
    PublicCriticism,
    /// <summary>警告.</summary>
    Warning,
    /// <summary>记过.</summary>
    Demerit,
    /// <summary>记大过.</summary>
    MajorDemerit,
    /// <summary>降职.</summary>
    Demotion,
    /// <summary>调整工作岗位.</summary>
    Reassignment,
    /// <summary>辞退.</summary>
    Dismissal,
}

/// <summary>A breach of the first-question duty, opened and decided within the profile's period (R-FQ-3).</summary>
/// <param name="DueUtc">The decision is due by then (30 working days from opening in 004); null when the profile sets no period.</param>
public sealed record BreachRecord(
    int Number,
    StaffId Person,
    BreachKind Kind,
    string Facts,
    bool SpotCheck,
    StaffId OpenedBy,
    DateTimeOffset OpenedUtc,
    DateTimeOffset? DueUtc,
    BreachSanction? Sanction = null,
    string? DecisionReason = null,
    StaffId? DecidedBy = null,
    DateTimeOffset? DecidedUtc = null,
    DateTimeOffset? OverdueRemindedUtc = null)
{
    public bool Decided => DecidedUtc is not null;
}

/// <summary>The first-question record of a case (004; R-IN-9, R-FQ-1..3, R-RP-8).</summary>
/// <param name="ReceivedBy">The staff member the caller first reached (the owner at intake).</param>
/// <param name="RecordedBy">Who typed the intake: the owner, or a <see cref="Role.Recorder"/> on their behalf.</param>
/// <param name="DutyEndedUtc">When the receiving department's completion notice ended the duty (R-FQ-2).</param>
public sealed record FirstQuestionRecord(
    StaffId ReceivedBy,
    StaffId RecordedBy,
    string? ReadBack,
    string? ToldProcedure,
    DateTimeOffset? ToldExpectedUtc)
{
    public ImmutableArray<HandOverRecord> HandOvers { get; init; } = [];

    /// <summary>The duty itself moved to another person (<see cref="HandOver"/>, e.g. at a shift change).</summary>
    public ImmutableArray<OwnerChange> OwnerChanges { get; init; } = [];
    public DateTimeOffset? DutyEndedUtc { get; init; }
    public StaffId? DutyEndedBy { get; init; }
    public StaffId? DutyEndNotified { get; init; }
    public ImmutableArray<BreachRecord> Breaches { get; init; } = [];
}
