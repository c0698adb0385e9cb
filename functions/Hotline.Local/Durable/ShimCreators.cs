using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Hotline.Local.Durable;

/// <summary>
/// Hands the Durable Task Framework a fresh shim per episode around an SDK orchestrator: the shim holds the episode's
/// context, the orchestrator itself none (so one instance serves every case). Registered with version "", which is what
/// instances are started with.
/// </summary>
public sealed class OrchestratorCreator : ObjectCreator<TaskOrchestration>
{
    private readonly ITaskOrchestrator _orchestrator;
    private readonly DurableTaskShimFactory _shims;

    public OrchestratorCreator(string name, ITaskOrchestrator orchestrator, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _orchestrator = orchestrator;
        _shims = shims;
    }

    public override TaskOrchestration Create() => _shims.CreateOrchestration(new TaskName(Name), _orchestrator, parent: null);
}

/// <summary>A fresh SDK activity (from the container, with its dependencies) in a fresh shim for every call.</summary>
public sealed class ActivityCreator : ObjectCreator<TaskActivity>
{
    private readonly Func<ITaskActivity> _activity;
    private readonly DurableTaskShimFactory _shims;

    public ActivityCreator(string name, Func<ITaskActivity> activity, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _activity = activity;
        _shims = shims;
    }

    public override TaskActivity Create() => _shims.CreateActivity(new TaskName(Name), _activity());
}
