using System.Diagnostics;
using System.Globalization;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Running;
using Hotline.Testing;

namespace Hotline.Benchmarks;

/// <summary>What a batch of intakes measured, and when the timers of the cases it opened fall due.</summary>
public sealed record IntakeFigures(int Count, int Concurrency, TimeSpan Elapsed, Percentiles Latency, DateTimeOffset FirstDueUtc, DateTimeOffset LastDueUtc)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}

/// <summary>Opens cases the way the HTTP intake does: a repair call to the park dispatch desk, with an Idempotency-Key.</summary>
public static class Intakes
{
    public static Profile Profile { get; } = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];

    public static Caller Caller(int number) =>
        new("张三丰", PhoneNumber.Parse((13900000000L + number).ToString(CultureInfo.InvariantCulture)), "3栋1201", "阳光园区");

    public static async Task SeedAsync(IStaffDirectory directory, CancellationToken cancellationToken)
    {
        foreach (var member in TestOrg.Directory)
        {
            await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash("key-" + member.Id)), cancellationToken);
        }
    }

    public static async Task<CaseState> OpenAsync(IntakeService intake, int number, CancellationToken cancellationToken)
    {
        var request = new IntakeRequest(Profile, Caller(number), Channel.Phone, "repair", Urgency.Normal, "卫生间漏水", null, IntakeDecision.Open, OpenReason.OnSiteWork);
        var result = await intake.OpenAsync(request, TestOrg.Agent, "bench-" + number.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return result.Result is RunResult.Applied applied
            ? applied.State
            : throw new InvalidOperationException($"Intake {number} was not applied: {result.Result}");
    }

    /// <summary>
    /// Opens <paramref name="count"/> cases from <paramref name="concurrency"/> concurrent callers. The clock stands
    /// still and moves <paramref name="step"/> before each intake, so the cases' first timers fall due spread over
    /// count × step.
    /// </summary>
    public static async Task<IntakeFigures> RunAsync(RunnerNode node, BenchClock clock, int count, int concurrency, TimeSpan step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(clock);
        var latencies = new TimeSpan[count];
        var dues = new DateTimeOffset[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    clock.Advance(step);
                    var started = Stopwatch.GetTimestamp();
                    var state = await OpenAsync(node.Intake, i, cancellationToken);
                    latencies[i] = Stopwatch.GetElapsedTime(started);
                    dues[i] = state.NextWakeUtc ?? throw new InvalidOperationException($"Case {state.Id} was opened without a timer.");
                }
            },
            cancellationToken)));
        total.Stop();
        return new IntakeFigures(count, concurrency, total.Elapsed, Percentiles.Of(latencies), dues.Min(), dues.Max());
    }
}
