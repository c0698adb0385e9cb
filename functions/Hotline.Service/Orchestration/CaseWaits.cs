using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

/// <summary>
/// What a case orchestration waits for: its one durable timer and its one signal wait, raced against each other.
/// Neither is replaced while it can still be used.
/// </summary>
/// <remarks>
/// <para>A timer whose deadline has not changed is kept across signals: every durable timer is a queue message until its
/// due time, even a cancelled one, and on Azurite each queued message slows every queue call (platform.md §1a). A timer
/// is cancelled only when its deadline moves, and when the generation ends, so none is left dangling. It may fire up to
/// a second early on Azure Storage; the orchestrator then finds nothing due yet and arms a new one for the rest.</para>
/// <para>The signal wait is never cancelled. The SDK keeps a cancelled wait on its stack of waiters, and the next event
/// raised while the orchestrator is busy (in an activity) would be handed to that dead wait and lost. So a wait that lost
/// a race to the timer stays outstanding and is raced again; an event arriving while the orchestrator works completes
/// it and is picked up at the next wait. For the same reason the orchestrator continues as new only when no wait is
/// outstanding (<see cref="Idle"/>): events that arrive later are then forwarded to the next generation by the SDK
/// (preserveUnprocessedEvents).</para>
/// </remarks>
internal sealed class CaseWaits(TaskOrchestrationContext context) : IDisposable
{
    private CancellationTokenSource? _cancelTimer;
    private Task? _timer;
    private Task<string>? _signal;

    /// <summary>When the armed timer fires; null when none is armed.</summary>
    public DateTimeOffset? TimerDueUtc { get; private set; }

    /// <summary>How many durable timers this generation created.</summary>
    public int TimersArmed { get; private set; }

    /// <summary>No signal wait is outstanding: the generation may end without stranding an event.</summary>
    public bool Idle => _signal is null;

    /// <summary>Makes sure a timer is armed for <paramref name="dueUtc"/> (none when null), keeping the pending one when it already is.</summary>
    public void ArmFor(DateTimeOffset? dueUtc)
    {
        if (dueUtc != TimerDueUtc || _timer is { IsCompleted: true })
        {
            Disarm();
        }

        if (dueUtc is { } due && _timer is null)
        {
            _cancelTimer = new CancellationTokenSource();
            _timer = context.CreateTimer(due.UtcDateTime, _cancelTimer.Token);
            TimerDueUtc = due;
            TimersArmed++;
        }
    }

    /// <summary>Waits for the next signal, or until the armed timer fires; returns the signal's payload, or null when the time came.</summary>
    public async Task<string?> NextSignalAsync()
    {
        _signal ??= context.WaitForExternalEvent<string>(CaseOrchestrator.SignalEvent);
        await (_timer is null ? _signal : Task.WhenAny(_signal, _timer) as Task);

        // A signal that completed in the same batch as the timer was delivered already: it is returned, never dropped.
        if (!_signal.IsCompleted)
        {
            return null;
        }

        var payload = await _signal;
        _signal = null;
        return payload;
    }

    /// <summary>
    /// Takes the signals the engine already holds for this generation, in the order they arrived, for the orchestrator to
    /// carry into its next generation itself. Left to the SDK, they would be forwarded as new events and could land behind
    /// events the backend carries over at continue-as-new (seen on DTFx: the last of a burst applied first). The wait left
    /// outstanding by the last look ends with this generation, which is about to end.
    /// </summary>
    public List<string> TakeBuffered()
    {
        var taken = new List<string>();
        while (context.WaitForExternalEvent<string>(CaseOrchestrator.SignalEvent) is { IsCompleted: true } buffered)
        {
            taken.Add(buffered.GetAwaiter().GetResult());
        }

        return taken;
    }

    /// <summary>Cancels the armed timer, if any.</summary>
    private void Disarm()
    {
        if (_cancelTimer is not null && _timer is { IsCompleted: false })
        {
            // Synchronous on purpose: orchestrator code must stay on the orchestration's own thread.
#pragma warning disable CA1849
            _cancelTimer.Cancel();
#pragma warning restore CA1849
        }

        _cancelTimer?.Dispose();
        _cancelTimer = null;
        _timer = null;
        TimerDueUtc = null;
    }

    public void Dispose() => Disarm();
}
