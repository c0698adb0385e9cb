using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Tests.Support;

/// <summary>
/// Drives one case through <see cref="CaseMachine"/> under simulated time: apply triggers, advance the clock
/// (every wake-up on the way fires, in order), then read state, ledger and notices.
/// </summary>
public sealed class Scenario
{
    private static int _sequence;

    /// <param name="adjust">Changes a setting of the built-in profile, to show what the profile decides.</param>
    public Scenario(string profileId, DateTimeOffset start, Func<Profile, Profile>? adjust = null)
    {
        Profile = (adjust ?? (p => p))(ProfileCatalog.BuiltIn[profileId]);
        Now = start;
    }

    public Profile Profile { get; }

    public DateTimeOffset Now { get; private set; }

    public CaseState? Maybe { get; private set; }

    public CaseState State => Maybe ?? throw new InvalidOperationException("No case yet: call Open or Intake first.");

    public List<CaseCommand> Commands { get; } = [];

    public IEnumerable<LedgerEntry> Ledger => Commands.OfType<AppendLedger>().Select(r => r.Entry);

    public Decision? Last { get; private set; }

    public static Caller Caller { get; } = new("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");

    public static DateTimeOffset Local(string text) => DateTimeOffset.Parse(text + " +08:00", System.Globalization.CultureInfo.InvariantCulture);

    public Scenario Open(string category, Urgency urgency = Urgency.Normal, OpenReason? reason = OpenReason.OnSiteWork, UpstreamItem? upstream = null, bool handledBefore = true)
    {
        Require(Intake(category, IntakeDecision.Open, urgency, reason, upstream, handledBefore));
        return this;
    }

    /// <summary>The fee the standard intake of a paid service tells the owner, who agrees (R-FU-9).</summary>
    public static FeeAgreed StandardFee { get; } = new("水电维修 50元/次（价目表）");

    /// <param name="caller">Who reported it; the standard caller when null.</param>
    public Decision Intake(
        string category, IntakeDecision decision, Urgency urgency = Urgency.Normal, OpenReason? reason = OpenReason.OnSiteWork, UpstreamItem? upstream = null,
        bool handledBefore = true, Caller? caller = null, string? linkedUnit = null)
    {
        var id = CaseId.Create(DateOnly.FromDateTime(Now.UtcDateTime), Interlocked.Increment(ref _sequence) % 9000 + 1);
        var team = TeamResolver.Resolve(Profile, category, TestOrg.Directory);
        var channel = upstream is null ? Channel.Phone : Channel.Upstream;
        var fee = Profile.FindCategory(category) is { Paid: true } ? StandardFee : null;
        return Apply(new Intake(Now, TestOrg.Agent, id, caller ?? Caller, channel, category, urgency, "楼上漏水", null, decision, reason, team, upstream, handledBefore, LinkedUnit: linkedUnit, Fee: fee));
    }

    /// <summary>Applies a trigger at the current time; an accepted decision becomes the new state.</summary>
    public Decision Apply(CaseTrigger trigger)
    {
        Last = CaseMachine.Decide(Maybe, trigger, Profile);
        if (Last is Decision.Accepted accepted)
        {
            Maybe = accepted.State;
            Commands.AddRange(accepted.Commands);
        }

        return Last;
    }

    /// <summary>Applies a staff trigger built at the current time and fails the test when it is rejected.</summary>
    public Scenario Do(Func<DateTimeOffset, CaseTrigger> trigger)
    {
        Require(Apply(trigger(Now)));
        return this;
    }

    public Decision.Rejected Reject(Func<DateTimeOffset, CaseTrigger> trigger)
    {
        var before = Maybe;
        var decision = Apply(trigger(Now));
        Assert.Same(before, Maybe);
        return Assert.IsType<Decision.Rejected>(decision);
    }

    /// <summary>Moves the clock to <paramref name="until"/>, firing each wake-up that falls due on the way.</summary>
    public Scenario AdvanceTo(DateTimeOffset until)
    {
        while (Maybe?.NextWakeUtc is { } wake && wake <= until)
        {
            Now = wake > Now ? wake : Now;
            Require(Apply(new ClockTick(Now)));
        }

        Now = until > Now ? until : Now;
        return this;
    }

    public Scenario Advance(TimeSpan by) => AdvanceTo(Now + by);

    public IEnumerable<Notice> NoticesTo(string staffId) =>
        Commands.OfType<Notify>().Where(n => n.To is Recipient.Staff s && s.Id.Value == staffId).Select(n => n.Notice);

    public IEnumerable<Notice> NoticesToCaller() => Commands.OfType<Notify>().Where(n => n.To is Recipient.Caller).Select(n => n.Notice);

    public bool Logged(string rule) => Ledger.Any(e => e.Rule == rule);

    public Scenario ClearLog()
    {
        Commands.Clear();
        return this;
    }

    private static void Require(Decision decision)
    {
        if (decision is Decision.Rejected r)
        {
            Assert.Fail($"Rejected {r.Rule}: {r.Reason}");
        }
    }
}
