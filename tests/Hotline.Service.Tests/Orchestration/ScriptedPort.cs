using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;

namespace Hotline.Service.Tests.Orchestration;

/// <summary>
/// A deterministic stand-in for the Durable context: a scripted history of signal arrivals, durable timers that fire
/// when the script's time reaches them, and a single-threaded scheduler like Durable's (the loop resumes only between
/// history events, so a timer and a signal can complete in the same batch). Every call the loop makes is recorded in
/// <see cref="Commands"/>; replaying the recorded activity results must reproduce the same commands.
/// </summary>
public sealed class ScriptedPort(DateTimeOffset start, Func<CommitRequest, Task<CommitOutcome>> commit) : ICaseLoopPort
{
    private readonly List<(DateTimeOffset At, CaseSignal Signal)> _script = [];
    private readonly List<(DateTimeOffset At, CaseSignal Signal)> _arrivals = [];
    private readonly Queue<CaseSignal> _buffer = new();
    private readonly Queue<CommitOutcome>? _replay;
    private readonly DateTimeOffset _start = start;
    private TaskCompletionSource<CaseSignal>? _waiter;
    private (DateTimeOffset Due, TaskCompletionSource Fired)? _timer;

    private ScriptedPort(DateTimeOffset start, IEnumerable<CommitOutcome> recorded, IEnumerable<(DateTimeOffset At, CaseSignal Signal)> script)
        : this(start, _ => throw new InvalidOperationException("A replay must not run an activity."))
    {
        _replay = new Queue<CommitOutcome>(recorded);
        foreach (var (at, signal) in script)
        {
            Arrive(at, signal);
        }
    }

    public List<string> Commands { get; } = [];

    public List<CommitRequest> Commits { get; } = [];

    public List<CommitOutcome> Outcomes { get; } = [];

    public List<CaseLoopStatus> Statuses { get; } = [];

    public CaseOrchestrationInput? ContinuedWith { get; private set; }

    /// <summary>Runs just before an activity result is returned: what arrives while the loop is busy.</summary>
    public Action<ScriptedPort, CommitRequest>? DuringCommit { get; set; }

    public DateTimeOffset UtcNow { get; private set; } = start;

    /// <summary>The same history again, with the activity results this run recorded: what Durable does on replay.</summary>
    public ScriptedPort Replay() => new(_start, Outcomes, _script) { DuringCommit = DuringCommit };

    public ScriptedPort Arrive(DateTimeOffset at, CaseSignal signal)
    {
        _script.Add((at, signal));
        _arrivals.Add((at, signal));
        return this;
    }

    /// <summary>A signal that arrives now, while the loop is not waiting: Durable buffers it.</summary>
    public void ArriveNow(CaseSignal signal) => Deliver(signal);

    public Task<CaseSignal> WaitForSignalAsync(CancellationToken cancellationToken)
    {
        if (_buffer.TryDequeue(out var buffered))
        {
            Commands.Add("signal (buffered) " + OrchestrationJson.Write(buffered));
            return Task.FromResult(buffered);
        }

        var waiter = new TaskCompletionSource<CaseSignal>();
        _waiter = waiter;
        Commands.Add("wait-signal");
        cancellationToken.Register(() =>
        {
            if (waiter.TrySetCanceled())
            {
                Commands.Add("cancel wait-signal");
            }
        });
        return waiter.Task;
    }

    public Task CreateTimer(DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        var fired = new TaskCompletionSource();
        _timer = (dueUtc, fired);
        Commands.Add($"timer {dueUtc:O}");
        cancellationToken.Register(() =>
        {
            if (fired.TrySetCanceled())
            {
                Commands.Add($"cancel timer {dueUtc:O}");
            }
        });
        return fired.Task;
    }

    public async Task<CommitOutcome> CommitAsync(CommitRequest request)
    {
        Commands.Add("commit " + OrchestrationJson.Write(request));
        Commits.Add(request);
        var outcome = _replay is null ? await commit(request) : _replay.Dequeue();
        Outcomes.Add(outcome);
        DuringCommit?.Invoke(this, request);
        return outcome;
    }

    public Task SendOutboxAsync(CaseId caseId)
    {
        Commands.Add("send-outbox " + caseId);
        return Task.CompletedTask;
    }

    public void SetStatus(CaseLoopStatus status) => Statuses.Add(status);

    public void ContinueAsNew(CaseOrchestrationInput input)
    {
        Commands.Add("continue-as-new " + OrchestrationJson.Write(input));
        ContinuedWith = input;
    }

    /// <summary>Runs the loop until it ends, or until it waits for something after <paramref name="until"/> (then null).</summary>
    public CaseLoopResult? Run(CaseLoop loop, CaseOrchestrationInput input, DateTimeOffset until)
    {
        var previous = SynchronizationContext.Current;
        var scheduler = new OrchestrationScheduler();
        SynchronizationContext.SetSynchronizationContext(scheduler);
        try
        {
            var run = loop.RunAsync(this, input);
            while (true)
            {
                scheduler.RunPending();
                if (run.IsCompleted)
                {
                    return run.GetAwaiter().GetResult();
                }

                // History events are applied outside the orchestration's context, so the loop resumes only afterwards.
                SynchronizationContext.SetSynchronizationContext(null);
                var advanced = Advance(until);
                SynchronizationContext.SetSynchronizationContext(scheduler);
                if (!advanced)
                {
                    return null;
                }
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private bool Advance(DateTimeOffset until)
    {
        var timer = _timer is { Fired.Task.IsCompleted: false } t && t.Due <= until ? t : ((DateTimeOffset Due, TaskCompletionSource Fired)?)null;
        var arrival = _arrivals.Where(a => a.At <= until).OrderBy(a => a.At).Cast<(DateTimeOffset At, CaseSignal Signal)?>().FirstOrDefault();
        if (timer is null && arrival is null)
        {
            return false;
        }

        var at = new[] { timer?.Due, arrival?.At }.OfType<DateTimeOffset>().Min();
        UtcNow = at > UtcNow ? at : UtcNow;
        if (timer is { } due && due.Due == at)
        {
            Commands.Add($"timer-fired {due.Due:O}");
            due.Fired.TrySetResult();
        }

        foreach (var a in _arrivals.Where(a => a.At == at).ToList())
        {
            _arrivals.Remove(a);
            Deliver(a.Signal);
        }

        return true;
    }

    private void Deliver(CaseSignal signal)
    {
        if (_waiter is { Task.IsCompleted: false } waiter)
        {
            Commands.Add("signal " + OrchestrationJson.Write(signal));
            waiter.TrySetResult(signal);
        }
        else
        {
            _buffer.Enqueue(signal);
        }
    }

    /// <summary>Runs continuations one at a time on the test's thread, like Durable's orchestration scheduler.</summary>
    private sealed class OrchestrationScheduler : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state) => _queue.Enqueue((d, state));

        public void RunPending()
        {
            while (_queue.TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
    }
}
