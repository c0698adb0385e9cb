using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;

namespace Hotline.Service.Tests.Storage;

/// <summary>Real case states for store tests: made by <see cref="CaseMachine"/> from intakes under the park-dispatch profile.</summary>
internal static class StoreFixtures
{
    public static Profile Profile { get; } = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];

    /// <summary>Monday 2 March 2026, 09:00 in Shanghai: a working day.</summary>
    public static DateTimeOffset Monday { get; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static Caller Caller { get; } = new("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");

    /// <summary>A manager, an agent, and a head plus an implementer for engineering and security.</summary>
    public static IReadOnlyList<StaffMember> Directory { get; } =
    [
        Member("mgr", "office", null, "13800000001", Role.Manager),
        Member("agent1", "hotline", "mgr", "13800000002", Role.Agent),
        Member("engineering-head", "engineering", "mgr", "13800000003", Role.Supervisor),
        Member("engineering-1", "engineering", "engineering-head", "13800000004", Role.Responsible),
        Member("security-head", "security", "mgr", "13800000005", Role.Supervisor),
        Member("security-1", "security", "security-head", "13800000006", Role.Responsible),
    ];

    public static CaseId Id(int sequence) => CaseId.Create(new DateOnly(2026, 3, 2), sequence);

    public static Actor Actor(string id) => Domain.Staff.Actor.Of(Directory.Single(m => m.Id.Value == id));

    /// <summary>An intake decided by the machine: "repair" goes to engineering, "security" to security.</summary>
    public static Decision.Accepted Intake(CaseId id, DateTimeOffset at, string category = "repair", IntakeDecision decision = IntakeDecision.Open)
    {
        var team = TeamResolver.Resolve(Profile, category, Directory);
        var intake = new Intake(at, Actor("agent1"), id, Caller, Channel.Phone, category, Urgency.Normal, "楼上漏水", null, decision,
            decision == IntakeDecision.Open ? OpenReason.OnSiteWork : null, team);
        return Accept(CaseMachine.Decide(null, intake, Profile));
    }

    /// <summary>The assignee acknowledges: the case moves to in progress and its deadlines change.</summary>
    public static Decision.Accepted Acknowledge(CaseState state, DateTimeOffset at) =>
        Accept(CaseMachine.Decide(state, new Acknowledge(at, Actor(state.Assignee!.Value.Value)), Profile));

    public static CaseCommit Create(Decision.Accepted decision, params OutboxMessage[] outbox) =>
        new(decision.State, null, Ledger(decision), outbox);

    public static CaseCommit Update(StoredCase before, Decision.Accepted decision, params OutboxMessage[] outbox) =>
        new(decision.State, before.ETag, Ledger(decision), outbox);

    public static OutboxMessage TextMessage(CaseState state, int index, DateTimeOffset createdUtc) => new()
    {
        CaseId = state.Id,
        Sequence = (state.Version * 100) + index,
        Kind = OutboxKind.Sms,
        To = "+8613800000003",
        Recipient = "engineering-head",
        Text = $"【热线】新工单 {state.Id.Ref}：楼上漏水",
        CreatedUtc = createdUtc,
    };

    public static List<LedgerEntry> Ledger(Decision.Accepted decision) =>
        [.. decision.Commands.OfType<AppendLedger>().Select(c => c.Entry)];

    private static Decision.Accepted Accept(Decision decision) => decision switch
    {
        Decision.Accepted accepted => accepted,
        Decision.Rejected r => throw new InvalidOperationException($"Fixture decision rejected: {r.Rule} {r.Reason}"),
        _ => throw new InvalidOperationException("Unknown decision."),
    };

    private static StaffMember Member(string id, string unit, string? manager, string phone, Role role) =>
        new(StaffId.Parse(id), id, PhoneNumber.Parse(phone), new HashSet<Role> { role }, unit, manager is null ? null : StaffId.Parse(manager), OnDuty: true);
}
