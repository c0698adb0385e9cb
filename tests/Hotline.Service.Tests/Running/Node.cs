using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Running;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Running;

/// <summary>
/// One runner process: its own runner, pump and dispatcher objects over shared storage. A crash is a Node that
/// threw; a restart is a new Node over the same storage.
/// </summary>
public sealed class Node
{
    public Node(ICaseStore store, IStaffDirectory directory, ISmsGateway provider, TimeProvider clock, SendRateLimiter? limiter = null)
    {
        var profiles = ProfileRegistry.BuiltIn();
        Runner = new CaseRunner(store, new OutboxComposer(directory), profiles, NullLogger<CaseRunner>.Instance);
        Intake = new IntakeService(store, directory, Runner, clock);
        Pump = new WakeUpPump(store, Runner, clock);
        var opener = new LinkedCaseOpener(store, directory, profiles, new Lazy<IntakeService>(() => Intake));
        Dispatcher = new OutboxDispatcher(store, provider, opener, clock, NullLogger<OutboxDispatcher>.Instance, new DeliveryFeedback(store, Runner, clock), limiter);
        Scheduler = new Scheduler(Pump, Dispatcher);
    }

    public CaseRunner Runner { get; }

    public IntakeService Intake { get; }

    public WakeUpPump Pump { get; }

    public OutboxDispatcher Dispatcher { get; }

    public Scheduler Scheduler { get; }

    public static async Task<InMemoryStaffDirectory> DirectoryAsync()
    {
        var directory = new InMemoryStaffDirectory();
        foreach (var member in TestOrg.Directory)
        {
            await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash("key-" + member.Id)), CancellationToken.None);
        }

        return directory;
    }

    public static Actor Agent => TestOrg.Agent;
}
