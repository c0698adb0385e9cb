using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Storage;
using Hotline.Testing;
using Hotline.Testing.Durable;

namespace Hotline.Service.Tests.Orchestration;

/// <summary>An opened case in an in-memory store at a fixed time, with the real committer and a direct writer to play "someone else".</summary>
public sealed class CaseHarness
{
    /// <summary>Friday 20 November 2026, 14:00 in Shanghai: a working afternoon.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8));

    private CaseHarness(InMemoryStaffDirectory directory)
    {
        Directory = directory;
        var composer = new OutboxComposer(directory);
        Composer = composer;
        OtherWriter = new DirectWriter(Store, composer, Profiles);
        Committer = new CaseCommitter(Store, composer, Profiles);
        Clock = new ManualTimeProvider(Start);
    }

    public InMemoryCaseStore Store { get; } = new();

    public InMemoryStaffDirectory Directory { get; }

    public ProfileRegistry Profiles { get; } = ProfileRegistry.BuiltIn();

    public OutboxComposer Composer { get; }

    /// <summary>Writes the case behind the orchestration's back.</summary>
    public DirectWriter OtherWriter { get; }

    public CaseCommitter Committer { get; }

    public ManualTimeProvider Clock { get; }

    public StoredCase Opened { get; private set; } = null!;

    public CaseId Id => Opened.State.Id;

    public static async Task<CaseHarness> OpenAsync()
    {
        var directory = new InMemoryStaffDirectory();
        foreach (var member in TestOrg.Directory)
        {
            await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash("key-" + member.Id)), CancellationToken.None);
        }

        var harness = new CaseHarness(directory);
        var intake = new IntakeService(harness.Store, directory, harness.Composer, harness.Clock);
        var caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");
        var request = new IntakeRequest(ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch], caller, Channel.Phone, "repair", Urgency.Normal, "卫生间漏水", null,
            IntakeDecision.Open, OpenReason.OnSiteWork);
        var result = await intake.OpenAsync(request, TestOrg.Agent, null, CancellationToken.None);
        var id = Assert.IsType<RunResult.Applied>(result.Result).State.Id;
        harness.Opened = (await harness.Store.GetAsync(id, CancellationToken.None))!;
        return harness;
    }

    public CaseOrchestrationInput Input => new(CaseSnapshot.Of(Opened));

    public DateTimeOffset FirstWake => Opened.State.NextWakeUtc!.Value;

    public static CaseSignal Ack(DateTimeOffset at, string by = "engineering-head") => new CaseSignal.Apply(new Acknowledge(at, TestOrg.Actor(by)));

    public static CaseSignal Progress(DateTimeOffset at, string text, string by = "engineering-head") =>
        new CaseSignal.Apply(new ProgressNote(at, TestOrg.Actor(by), text));

    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync() => await Store.GetLedgerAsync(Id, CancellationToken.None);

    public async Task<StoredCase> StoredAsync() => (await Store.GetAsync(Id, CancellationToken.None))!;
}
