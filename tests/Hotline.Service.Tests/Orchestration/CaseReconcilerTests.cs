using Hotline.Service.Orchestration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Orchestration;

public sealed class CaseReconcilerTests
{
    private static CaseReconciler Reconciler(CaseHarness h) => new(h.Store, h.Clock, NullLogger<CaseReconciler>.Instance);

    [Fact]
    public async Task WakeUpNotYetLate_LeftToTheOrchestration()
    {
        var h = await CaseHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        h.Clock.SetUtcNow(h.FirstWake.AddMinutes(1));

        Assert.Equal(0, await Reconciler(h).RunAsync(orchestrations, CancellationToken.None));
        Assert.Empty(orchestrations.Started);
        Assert.Empty(orchestrations.Signals);
    }

    [Fact]
    public async Task LateWakeUp_NoActiveOrchestration_StartedFromStoredProjection()
    {
        var h = await CaseHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        orchestrations.Instances[h.Id] = RecordingOrchestrations.Instance(h.Id, "Failed", active: false);
        h.Clock.SetUtcNow(h.FirstWake.AddMinutes(10));

        Assert.Equal(1, await Reconciler(h).RunAsync(orchestrations, CancellationToken.None));
        var input = Assert.Single(orchestrations.Started);
        Assert.Equal(h.Opened.ETag, input.Case.ETag);
        Assert.Empty(input.Pending);
    }

    [Fact]
    public async Task LateWakeUp_ActiveOrchestration_HandedTheCurrentProjection()
    {
        var h = await CaseHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        orchestrations.Instances[h.Id] = RecordingOrchestrations.Instance(h.Id, "Running", active: true);
        h.Clock.SetUtcNow(h.FirstWake.AddMinutes(10));

        await Reconciler(h).RunAsync(orchestrations, CancellationToken.None);

        Assert.Empty(orchestrations.Started);
        var refresh = Assert.IsType<CaseSignal.Refresh>(Assert.Single(orchestrations.Signals).Signal);
        Assert.Equal(h.Opened.ETag, refresh.Snapshot.ETag);
    }
}
