using System.Text.Json;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Service;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Serialization;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Testing.Durable;

/// <summary>
/// The case orchestrator and its real activities on the real Durable engine, in process (Microsoft.DurableTask's
/// in-memory backend behind its gRPC sidecar), over in-memory stores, the test directory and a recording SMS provider.
/// Time is real: the engine has no fake clock, so timer tests use deadlines a few seconds away.
/// </summary>
public sealed class DurableCaseHost : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);

    /// <summary>The custom status is written by the host's data converter, not <see cref="OrchestrationJson"/>.</summary>
    private static readonly JsonSerializerOptions StatusJson = new(JsonSerializerDefaults.Web);
    private readonly DurableTaskTestHost _host;

    private DurableCaseHost(DurableTaskTestHost host, HookedCaseStore store, RecordingProvider sms)
    {
        _host = host;
        Store = store;
        Sms = sms;
    }

    public IServiceProvider Services => _host.Services;

    public DurableTaskClient Client => _host.Client;

    public DurableCaseOrchestrations Orchestrations => new(Client);

    /// <summary>A second writer of cases, behind the orchestrations' backs.</summary>
    public DirectWriter OtherWriter => Services.GetRequiredService<DirectWriter>();

    public HookedCaseStore Store { get; }

    public RecordingProvider Sms { get; }

    /// <summary>Retries quickly so that a test of a transient failure does not wait the production backoff.</summary>
    public static CaseOrchestratorOptions FastRetries { get; } = new()
    {
        // More attempts than SmsSender.MaxAttempts, as in production: the SMS activity gives up (and the case records it) first.
        ActivityRetry = new Microsoft.DurableTask.RetryPolicy(Service.Orchestration.SmsSender.MaxAttempts + 2, TimeSpan.FromMilliseconds(100), 1.2, TimeSpan.FromMilliseconds(500)),
    };

    /// <param name="api">How long signals wait for their commit (default: the production 3 s).</param>
    public static async Task<DurableCaseHost> StartAsync(CaseOrchestratorOptions? options = null, ApiOptions? api = null)
    {
        var store = new HookedCaseStore(new InMemoryCaseStore());
        var sms = new RecordingProvider();
        var directory = new InMemoryStaffDirectory();
        foreach (var member in TestOrg.Directory)
        {
            await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash(TestOrg.ApiKey(member.Id.Value))), CancellationToken.None);
        }

        var profiles = ProfileRegistry.BuiltIn();
        options ??= FastRetries;
        DurableTaskTestHost? started = null; // the linked-case activity starts orchestrations through the host's own client
        var host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddCaseOrchestration(new CaseOrchestrator(profiles, options)),
            new DurableTaskTestHostOptions
            {
                Port = LoopbackPorts.Free(),
                LoggerFactory = Environment.GetEnvironmentVariable("HOTLINE_TEST_LOGS") is "1"
                    ? Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Information))
                    : null,
                ConfigureServices = services =>
                {
                    services.ConfigureHttpJsonOptions(json => HotlineJson.Configure(json.SerializerOptions));
                    services.AddProblemDetails();
                    services.AddSingleton(TimeProvider.System);
                    services.AddSingleton(profiles);
                    services.AddSingleton<ICaseStore>(store);
                    services.AddSingleton<IStaffDirectory>(directory);
                    services.AddSingleton<IInboundLedger, InMemoryInboundLedger>();
                    services.AddSingleton<ISmsGateway>(sms);
                    services.AddSingleton(options);
                    services.AddSingleton(api ?? new ApiOptions());
                    services.AddHotlineCore();
                    services.AddHotlineOrchestration();
                    services.AddSingleton<ICaseOrchestrations>(_ => new DurableCaseOrchestrations(started!.Client));
                    services.AddSingleton<DirectWriter>();
                },
            });
        started = host;
        return new DurableCaseHost(host, store, sms);
    }

    /// <summary>Opens a park repair case now, as the agent's intake does (committed, its orchestration not yet started).</summary>
    public async Task<StoredCase> OpenAsync(IntakeDecision decision = IntakeDecision.Open, Urgency urgency = Urgency.Normal)
    {
        var intake = Services.GetRequiredService<IntakeService>();
        var caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");
        var request = new IntakeRequest(ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch], caller, Channel.Phone, "repair", urgency, "卫生间漏水", null,
            decision, decision == IntakeDecision.Open ? OpenReason.OnSiteWork : null);
        var result = await intake.OpenAsync(request, TestOrg.Agent, null, CancellationToken.None);
        var id = result.Result switch
        {
            RunResult.Applied applied => applied.State.Id,
            var other => throw new InvalidOperationException($"The intake was not applied: {other}"),
        };
        return (await Store.GetAsync(id, CancellationToken.None))!;
    }

    public Task StartAsync(StoredCase stored) => Orchestrations.StartAsync(new CaseOrchestrationInput(CaseSnapshot.Of(stored)), CancellationToken.None);

    public Task SignalAsync(CaseId id, CaseTrigger trigger) => Orchestrations.SignalAsync(id, new CaseSignal.Apply(trigger), CancellationToken.None);

    /// <summary>
    /// Shifts every deadline of the case so that the first falls due <paramref name="fromNow"/> from now (negative: already
    /// past), as a write the store sees like any other. The engine's clock is real, so this is how a test makes time come.
    /// </summary>
    public async Task<StoredCase> MoveDeadlinesAsync(StoredCase stored, TimeSpan fromNow)
    {
        var delta = DateTimeOffset.UtcNow + fromNow - stored.State.NextWakeUtc!.Value;
        var moved = stored.State with
        {
            Deadlines = [.. stored.State.Deadlines.Select(d => d with { DueUtc = d.DueUtc + delta })],
            Version = stored.State.Version + 1,
        };
        return await Store.CommitAsync(new CaseCommit(moved, stored.ETag, [], []), CancellationToken.None);
    }

    public async Task<StoredCase> CaseAsync(CaseId id) => (await Store.GetAsync(id, CancellationToken.None))!;

    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CaseId id) => await Store.GetLedgerAsync(id, CancellationToken.None);

    /// <summary>Polls the store until the case satisfies <paramref name="until"/>; fails the test after the wait.</summary>
    public Task<StoredCase> WaitForCaseAsync(CaseId id, Func<StoredCase, bool> until, TimeSpan? wait = null) =>
        Poll(async () => await Store.GetAsync(id, CancellationToken.None) is { } c && until(c) ? c : null, wait, $"case {id}", () => DescribeAsync(id));

    /// <summary>Polls the orchestration's custom status until it satisfies <paramref name="until"/>.</summary>
    public Task<CaseOrchestrationStatus> WaitForStatusAsync(CaseId id, Func<CaseOrchestrationStatus, bool> until, TimeSpan? wait = null) =>
        Poll(async () => await StatusAsync(id) is { } s && until(s) ? s : null, wait, $"the status of case {id}", () => DescribeAsync(id));

    public async Task<CaseOrchestrationStatus?> StatusAsync(CaseId id) =>
        await Client.GetInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id), getInputsAndOutputs: true) is { SerializedCustomStatus: { } json }
            ? JsonSerializer.Deserialize<CaseOrchestrationStatus>(json, StatusJson)
            : null;

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(CaseId id, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        return await Client.WaitForInstanceCompletionAsync(CaseOrchestrationInput.InstanceIdFor(id), getInputsAndOutputs: true, timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> DescribeAsync(CaseId id) =>
        await Client.GetInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id), getInputsAndOutputs: true) is { } m
            ? $"{m.RuntimeStatus}, status {m.SerializedCustomStatus}, output {m.SerializedOutput}, failure {m.FailureDetails}"
            : "no orchestration";

    private static async Task<T> Poll<T>(Func<Task<T?>> probe, TimeSpan? wait, string what, Func<Task<string>> describe)
        where T : class
    {
        var deadline = DateTime.UtcNow + (wait ?? DefaultWait);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {(wait ?? DefaultWait).TotalSeconds} s for {what}; the orchestration is {await describe()}.");
            }

            await Task.Delay(50);
        }
    }
}
