using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotline.Domain.Cases;
using Hotline.Local;
using Hotline.Service.Orchestration;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks;

/// <summary>
/// Drives the real local host (HotlineApp, system clock, demo staff) over its HTTP API through the same phases as
/// <see cref="BareBench"/>; its SMS go through the real ACS client to <see cref="FakeAcsGateway"/>.
/// </summary>
public static class HotlineBench
{
    public static async Task<EngineFigures> RunAsync(BenchOptions options, string storage, StorageRequestCounter counter, CancellationToken cancellationToken)
    {
        var figures = new EngineFigures("Hotline") { BeforeStart = Memory.Measure(), LifecycleCases = options.Lifecycle, Open = options.Open };
        await using var sms = await FakeAcsGateway.StartAsync();
        var app = await StartHostAsync(storage, sms.ConnectionString);
        try
        {
            var baseUri = app.Services.GetRequiredService<SelfAddress>().BaseUri;
            using var agent = Client(baseUri, "agent1");
            using var head = Client(baseUri, "engineering-head");
            var number = 0;
            var intakeErrors = 0;
            async Task<(string Id, DateTimeOffset Answered)> IntakeAsync()
            {
                // A 5xx is retried with the same Idempotency-Key, as a client should (and counted: see the report).
                var n = Interlocked.Increment(ref number);
                for (var attempt = 1; ; attempt++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = JsonContent.Create(Intake(n), options: HotlineJson.Options) };
                    request.Headers.Add("Idempotency-Key", "bench-" + n.ToString(CultureInfo.InvariantCulture));
                    using var response = await agent.SendAsync(request, cancellationToken);
                    var answered = DateTimeOffset.UtcNow;
                    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) // 200: a retry found the first attempt's case
                    {
                        return (body["id"]!.GetValue<string>(), answered);
                    }

                    if ((int)response.StatusCode < 500 || attempt == 5)
                    {
                        throw new InvalidOperationException($"Intake answered {(int)response.StatusCode}: {body.ToJsonString()}");
                    }

                    Interlocked.Increment(ref intakeErrors);
                }
            }

            await Pacing.IdleAsync(figures, counter, cancellationToken);

            // Lifecycle: every case a step at a time over HTTP; a signal's POST answers 200 once its commit landed.
            var (requests, cpu, watch) = (counter.Snapshot(), Cpu.Used(), Stopwatch.StartNew());
            var life = new string[options.Lifecycle];
            await Pacing.BackToBackAsync(life.Length, 8, async i => life[i] = (await IntakeAsync()).Id, cancellationToken);
            await Require(() => life.All(id => sms.ArrivalsOf(id).Count > 0), "the lifecycle cases' first SMS", cancellationToken);
            var signalLatencies = new ConcurrentBag<TimeSpan>();
            var lateCommits = 0;
            var store = app.Services.GetRequiredService<ICaseStore>();
            (HttpClient By, object Body)[] steps =
            [
                (head, new { type = "acknowledge" }),
                (head, new { type = "complete", result = "更换了水管接头", evidence = new { kind = "service-slip", reference = "FW-0012" } }),
                (agent, new { type = "revisit", rating = "A", comment = "很满意", serviceArea = "BuildingMaintenance" }),
            ];
            foreach (var (by, body) in steps)
            {
                await Pacing.BackToBackAsync(life.Length, 8, async i =>
                {
                    var sent = Stopwatch.GetTimestamp();
                    var response = await by.PostAsJsonAsync($"api/cases/{life[i]}/signals", body, HotlineJson.Options, cancellationToken);
                    var view = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        // Not committed within the API's commit wait: the case's version moving is watched in the store.
                        var expected = view["version"]!.GetValue<int>();
                        if (!await Pacing.UntilAsync(() => store.GetAsync(CaseId.Parse(life[i]), cancellationToken).GetAwaiter().GetResult()!.State.Version >= expected,
                            TimeSpan.FromSeconds(60), cancellationToken, TimeSpan.FromMilliseconds(100)))
                        {
                            var engine = app.Services.GetRequiredService<Hotline.Local.Durable.TaskHubEngine>();
                            var states = await engine.Client.GetOrchestrationStateAsync("case-" + life[i], allExecutions: false);
                            var history = await engine.Client.GetOrchestrationHistoryAsync(states[0].OrchestrationInstance);
                            throw new TimeoutException($"No commit on {life[i]} within 60 s; orchestration: {string.Join("; ", states.Select(st => $"{st.OrchestrationStatus} {st.Status}"))}\nhistory: {history}");
                        }
                        Interlocked.Increment(ref lateCommits);
                    }
                    else if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"Signal on {life[i]} answered {(int)response.StatusCode}: {view.ToJsonString()}");
                    }

                    signalLatencies.Add(Stopwatch.GetElapsedTime(sent));
                }, cancellationToken);
            }

            await sms.WaitQuietAsync(TimeSpan.FromSeconds(2), cancellationToken); // what the last step sent has gone out
            figures.LifecycleRequests = counter.Snapshot() - requests;
            figures.LifecycleCpu = Cpu.Used() - cpu;
            figures.LifecycleElapsed = watch.Elapsed;
            figures.SignalToCommit = Percentiles.Of(signalLatencies);
            figures.SignalsAnswered202 = lateCommits;

            // Open cases: opened through the intake, their task SMS sent, then waiting on a signal or their first deadline.
            var open = new string[options.Open];
            figures.SeedPerSecond = await Pacing.BackToBackAsync(open.Length, 8, async i => open[i] = (await IntakeAsync()).Id, cancellationToken);
            // Not a failure when some stay silent: an overloaded engine is a result (reported), and the load runs on.
            await Pacing.UntilAsync(() => open.All(id => sms.ArrivalsOf(id).Count > 0), TimeSpan.FromMinutes(3), cancellationToken);
            figures.OpenWithoutSms = open.Count(id => sms.ArrivalsOf(id).Count == 0);
            await sms.WaitQuietAsync(TimeSpan.FromSeconds(2), cancellationToken);
            figures.WithOpen = Memory.Measure();

            // Load: paced intakes, and meanwhile open cases' deadlines moved (a store commit, then a Refresh signal, as
            // DurableCaseHost.MoveDeadlinesAsync does) to fall due at the timer rate.
            var orchestrations = app.Services.GetRequiredService<ICaseOrchestrations>();
            var answered = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var dues = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var sentBefore = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var offered = options.IntakesPerSecond * options.LoadSeconds;
            (requests, cpu, watch) = (counter.Snapshot(), Cpu.Used(), Stopwatch.StartNew());
            var start = DateTimeOffset.UtcNow.AddSeconds(0.5);
            var unanswered = 0;
            var intakes = Pacing.PacedAsync(offered, options.IntakesPerSecond, start, async _ =>
            {
                try
                {
                    var (id, at) = await IntakeAsync();
                    answered[id] = at;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
                {
                    // An overloaded host that does not answer (or answers 5xx five times) is a result: counted, and the load goes on.
                    Interlocked.Increment(ref unanswered);
                }
            }, cancellationToken);
            var timers = Pacing.PacedAsync(options.Timers, options.TimersPerSecond, start, async i =>
            {
                var due = DateTimeOffset.UtcNow + BareBench.TimerLead;
                var id = CaseId.Parse(open[i]);
                StoredCase committed;
                for (var attempt = 1; ; attempt++)
                {
                    // The case's orchestration may be writing it meanwhile (an SMS marked sent): read again and retry.
                    var stored = (await store.GetAsync(id, cancellationToken))!;
                    var delta = due - stored.State.NextWakeUtc!.Value;
                    var moved = stored.State with
                    {
                        Deadlines = [.. stored.State.Deadlines.Select(d => d with { DueUtc = d.DueUtc + delta })],
                        Version = stored.State.Version + 1,
                    };
                    sentBefore[open[i]] = sms.ArrivalsOf(open[i]).Count;
                    try
                    {
                        committed = await store.CommitAsync(new CaseCommit(moved, stored.ETag, [], []), cancellationToken);
                        break;
                    }
                    catch (ConcurrencyException) when (attempt < 5)
                    {
                    }
                }

                dues[open[i]] = due;
                await orchestrations.SignalAsync(id, new CaseSignal.Refresh(CaseSnapshot.Of(committed)), cancellationToken);
            }, cancellationToken);
            await Task.WhenAll(intakes, timers);
            figures.Offered = offered;
            figures.IntakesPerSecond = answered.Count / (answered.Values.Max() - start).TotalSeconds;
            bool Fired(string id) => sms.ArrivalsOf(id).Count > sentBefore[id];
            await Pacing.UntilAsync(() => answered.Keys.All(id => sms.ArrivalsOf(id).Count > 0) && dues.Keys.All(Fired), BareBench.Grace, cancellationToken);
            figures.LoadRequests = counter.Snapshot() - requests;
            figures.LoadCpu = Cpu.Used() - cpu;
            figures.LoadElapsed = watch.Elapsed;
            figures.FirstTask = Percentiles.Of(answered.Where(a => sms.ArrivalsOf(a.Key).Count > 0).Select(a => sms.ArrivalsOf(a.Key)[0] - a.Value));
            figures.IntakeErrors = intakeErrors;
            figures.IntakesUnanswered = unanswered;
            figures.FirstTaskMissing = offered - answered.Count(a => sms.ArrivalsOf(a.Key).Count > 0);
            figures.Timers = dues.Count;
            figures.TimerLateness = Percentiles.Of(dues.Where(d => Fired(d.Key)).Select(d => sms.ArrivalsOf(d.Key)[sentBefore[d.Key]] - d.Value));
            figures.TimersMissing = dues.Keys.Count(id => !Fired(id));
            return figures;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    /// <summary>The local host as tests start it (LocalHost.cs), but on the system clock and with the SMS gateway given.</summary>
    private static async Task<WebApplication> StartHostAsync(string storage, string smsConnectionString)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Hotline:Tables={storage}",
            "--Hotline:TablePrefix=bench",
            "--Hotline:Durable:TaskHubName=benchhotline",
            "--Hotline:Durable:WorkerId=benchhotline-worker",
            "--Hotline:Clock=System",
            "--Hotline:Demo=true",
            $"--Hotline:Sms:ConnectionString={smsConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            $"--Logging:LogLevel:DurableTask={(Environment.GetEnvironmentVariable("HOTLINE_BENCH_LOGS") is "1" ? "Warning" : "Error")}",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
        ];
        var app = await HotlineApp.BuildAsync(args);
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(Uri baseUri, string staffId)
    {
        var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-" + staffId);
        return client;
    }

    /// <summary>A park-dispatch repair call (as ParkLifecycleTests), each from its own phone number.</summary>
    private static object Intake(int n) => new
    {
        caller = new { name = "张三丰", phone = "139" + (10_000_000 + n).ToString(CultureInfo.InvariantCulture), address = "3栋1201", property = "阳光园区" },
        channel = "phone",
        category = "repair",
        summary = "卫生间漏水",
        urgency = "normal",
        receivedBy = "agent1",
        decision = "open",
        reason = "on-site-work",
    };

    private static async Task Require(Func<bool> done, string what, CancellationToken cancellationToken, bool poll = false)
    {
        if (!await Pacing.UntilAsync(done, TimeSpan.FromMinutes(3), cancellationToken, poll ? TimeSpan.FromMilliseconds(100) : null))
        {
            throw new TimeoutException($"Waited 3 min for {what}.");
        }
    }
}
