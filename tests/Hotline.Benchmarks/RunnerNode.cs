using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Running;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks;

/// <summary>One local durable runner, wired as the local host wires it, with logging off so it costs nothing.</summary>
public sealed class RunnerNode : IDisposable
{
    public RunnerNode(ICaseStore store, IStaffDirectory directory, ISmsGateway sms, TimeProvider clock)
    {
        var profiles = ProfileRegistry.BuiltIn();
        Runner = new CaseRunner(store, new OutboxComposer(directory), profiles, NullLogger<CaseRunner>.Instance);
        Intake = new IntakeService(store, directory, Runner, clock);
        Pump = new WakeUpPump(store, Runner, clock);
        var opener = new LinkedCaseOpener(store, directory, profiles, new Lazy<IntakeService>(() => Intake));
        var dispatcher = new OutboxDispatcher(store, sms, opener, clock, NullLogger<OutboxDispatcher>.Instance, new DeliveryFeedback(store, Runner, clock));
        Scheduler = new Scheduler(Pump, dispatcher);
    }

    public CaseRunner Runner { get; }

    public IntakeService Intake { get; }

    public WakeUpPump Pump { get; }

    public Scheduler Scheduler { get; }

    public void Dispose() => Scheduler.Dispose();
}
