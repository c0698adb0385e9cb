using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Service.Running;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>Storage requests of a standard lifecycle, next to the commits it needed (one per applied trigger).</summary>
public sealed record LifecycleFigures(int Cases, long Commits, long Requests, long Retries, IReadOnlyList<KeyValuePair<string, long>> ByKind, long Sms);

/// <summary>
/// Drives cases through open → acknowledge → complete → revisit → close, all cases a step at a time (as a busy
/// desk would), running the runner's loop (wake-ups and outbox) after every step, and counts what reached storage.
/// </summary>
public static class Lifecycle
{
    public static async Task<LifecycleFigures> RunAsync(
        RunnerNode node, ObservedCaseStore store, BenchClock clock, RequestCounter counter, InstantSmsGateway sms, int cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentNullException.ThrowIfNull(sms);
        counter.Reset();
        var commits = store.Commits;
        var sent = sms.Sent;
        var head = TestOrg.Actor("engineering-head");
        var ids = new List<CaseId>();
        for (var i = 0; i < cases; i++)
        {
            ids.Add((await Intakes.OpenAsync(node.Intake, 1_000_000 + i, cancellationToken)).Id);
        }

        await node.Scheduler.RunUntilQuietAsync(cancellationToken);
        await StepAsync(TimeSpan.FromMinutes(10), at => new Acknowledge(at, head));
        await StepAsync(TimeSpan.FromHours(1), at => new Complete(at, head, EvidenceKind.ServiceSlip, "FW-1", "换了阀门"));
        await StepAsync(TimeSpan.FromHours(1), at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Satisfied, "满意", null));
        clock.Advance(TimeSpan.FromMinutes(5));
        await node.Scheduler.RunUntilQuietAsync(cancellationToken);

        var figures = new LifecycleFigures(cases, store.Commits - commits, counter.Total, counter.Retries, counter.ByKind(), sms.Sent - sent);
        foreach (var id in ids)
        {
            var state = (await store.GetAsync(id, cancellationToken))?.State;
            if (state?.Status != CaseStatus.Closed)
            {
                throw new InvalidOperationException($"Case {id} ended the lifecycle {state?.Status}, not closed.");
            }
        }

        return figures;

        async Task StepAsync(TimeSpan after, Func<DateTimeOffset, CaseTrigger> trigger)
        {
            clock.Advance(after);
            foreach (var id in ids)
            {
                var result = await node.Runner.ApplyAsync(id, _ => trigger(clock.GetUtcNow()), cancellationToken);
                if (result is not RunResult.Applied)
                {
                    throw new InvalidOperationException($"Case {id}: {trigger(clock.GetUtcNow()).GetType().Name} was not applied: {result}");
                }
            }

            await node.Scheduler.RunUntilQuietAsync(cancellationToken);
        }
    }
}
