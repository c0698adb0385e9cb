using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.DurableTask;

namespace Hotline.Benchmarks;

/// <summary>
/// The bare engine's stand-in for a case: the same Durable steps as a standard Hotline lifecycle (open → acknowledge →
/// complete → revisit/close: an activity per step, and between steps a wait for an external event racing a durable
/// timer 2 h out, as a case waits for a signal or its next deadline) and nothing else — no decisions, no case tables.
/// A "retime:&lt;utc ticks&gt;" event moves the pending timer (Hotline's Refresh after a deadline moved); a timer that
/// fires runs the step activity (Hotline's ClockTick commit) and waits again.
/// </summary>
public sealed class BareLifecycleOrchestrator : TaskOrchestrator<string, string>
{
    public const int Steps = 4;
    public const string SignalEvent = "signal";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.InstanceId;
        for (var step = 0; step < Steps; step++)
        {
            await context.CallActivityAsync<string>(nameof(BareStepActivity), $"{id}|{step}");
            if (step == Steps - 1)
            {
                break;
            }

            var due = context.CurrentUtcDateTime.AddHours(2);
            while (true)
            {
                using var cancel = new CancellationTokenSource();
                var signal = context.WaitForExternalEvent<string>(SignalEvent, cancel.Token);
                var timer = context.CreateTimer(due, cancel.Token);
                var first = await Task.WhenAny(signal, timer);
                cancel.Cancel();
                if (first == timer)
                {
                    await context.CallActivityAsync<string>(nameof(BareStepActivity), $"{id}|timer");
                    due = context.CurrentUtcDateTime.AddHours(2);
                    continue;
                }

                if (signal.Result is { } text && text.StartsWith("retime:", StringComparison.Ordinal))
                {
                    due = new DateTime(long.Parse(text["retime:".Length..], CultureInfo.InvariantCulture), DateTimeKind.Utc);
                    continue;
                }

                break;
            }
        }

        return "closed";
    }
}

/// <summary>The bare engine's step: notes when it ran (the engine's equivalent of a commit or an SMS reaching the gateway).</summary>
public sealed class BareStepActivity : TaskActivity<string, string>
{
    /// <summary>"{instance}|{step or timer}" → when the step first ran.</summary>
    public static ConcurrentDictionary<string, DateTimeOffset> Ran { get; } = new(StringComparer.Ordinal);

    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        Ran.TryAdd(input, DateTimeOffset.UtcNow);
        return Task.FromResult(input);
    }
}
