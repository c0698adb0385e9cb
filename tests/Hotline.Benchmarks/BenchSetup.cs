using Azure.Core;
using Hotline.Azure.Storage;
using Azure.Data.Tables;
using Hotline.Service.Directory;
using Hotline.Service.Storage;

namespace Hotline.Benchmarks;

/// <summary>A runner over one store, with the clock, SMS provider and (on Azurite) request counter the figures come from.</summary>
public sealed class BenchSetup : IDisposable
{
    /// <summary>A Friday morning in Shanghai: the cases' first timers (two working hours on) fall due the same day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private BenchSetup(ICaseStore store, IStaffDirectory directory, RequestCounter? counter)
    {
        Clock = new BenchClock(Start);
        Store = new ObservedCaseStore(store, Clock);
        Counter = counter;
        Node = new RunnerNode(Store, directory, Sms, Clock);
    }

    public BenchClock Clock { get; }

    public ObservedCaseStore Store { get; }

    public InstantSmsGateway Sms { get; } = new();

    public RunnerNode Node { get; }

    /// <summary>Counts the Table requests; null for the in-memory store.</summary>
    public RequestCounter? Counter { get; }

    public static async Task<BenchSetup> InMemoryAsync(CancellationToken cancellationToken)
    {
        var directory = new InMemoryStaffDirectory();
        await Intakes.SeedAsync(directory, cancellationToken);
        return new BenchSetup(new InMemoryCaseStore(), directory, null);
    }

    /// <summary>A store and directory in fresh tables of the Azurite at <paramref name="connectionString"/>.</summary>
    public static async Task<BenchSetup> AzuriteAsync(string connectionString, CancellationToken cancellationToken)
    {
        var prefix = "b" + Guid.NewGuid().ToString("N")[..10];
        var counter = new RequestCounter { TablePrefix = prefix };
        var options = TableStorage.CreateOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(connectionString, options);
        var store = new TableCaseStore(service, prefix);
        var directory = new TableStaffDirectory(service, prefix);
        await store.CreateTablesAsync(cancellationToken);
        await directory.CreateTableAsync(cancellationToken);
        await Intakes.SeedAsync(directory, cancellationToken);
        counter.Reset();
        return new BenchSetup(store, directory, counter);
    }

    public void Dispose() => Node.Dispose();
}
