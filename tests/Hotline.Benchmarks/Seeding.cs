using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Running;
using Hotline.Service.Storage;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks;

/// <summary>
/// Fills a store with open cases quickly: the same first decision as an intake, committed through the runner, but
/// numbered here (no day counter), without an Idempotency-Key and routed from a directory in memory, so only the
/// case's own commit reaches storage. Used for the cases that only have to be there, carrying timers.
/// </summary>
public static class Seeding
{
    /// <remarks>The cases are opened at <paramref name="at"/>, read from no clock, so the benchmark's clock does not move.</remarks>
    public static async Task RunAsync(ICaseStore store, DateTimeOffset at, int firstNumber, int count, int concurrency, CancellationToken cancellationToken)
    {
        var directory = new InMemoryStaffDirectory();
        await Intakes.SeedAsync(directory, cancellationToken);
        var runner = new CaseRunner(store, new OutboxComposer(directory), ProfileRegistry.BuiltIn(), NullLogger<CaseRunner>.Instance);
        var profile = Intakes.Profile;
        var team = TeamResolver.Resolve(profile, "repair", TestOrg.Directory);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var number = firstNumber + i;
                    var intake = new Intake(at, TestOrg.Agent, CaseId.Create(profile.Calendar.LocalDate(at), number), Intakes.Caller(number), Channel.Phone,
                        "repair", Urgency.Normal, "卫生间漏水", null, IntakeDecision.Open, OpenReason.OnSiteWork, team, null, true);
                    if (await runner.CreateAsync(intake, profile, cancellationToken) is not RunResult.Applied { State.NextWakeUtc: not null })
                    {
                        throw new InvalidOperationException($"Seeded case {number} was not opened with a timer.");
                    }
                }
            },
            cancellationToken)));
    }
}
