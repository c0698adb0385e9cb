using Hotline.Domain.Cases;
using Hotline.Testing.Durable;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions.Tests;

/// <summary>The admin functions against real case orchestrations.</summary>
public sealed class AdminFunctionsTests
{
    [Fact]
    public async Task Status_ShowsTheRunningOrchestrationAndItsCaseStatus()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "GET", "admin");

        await AdminFunctions.OrchestrationStatus(request, id.Value, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(200, status);
        Assert.Equal("Running", body!.Value.GetProperty("runtimeStatus").GetString());
        Assert.Contains("\"Dispatched\"", body.Value.GetProperty("customStatus").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ForAnAgent_Answers403()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "GET", "agent1");

        await AdminFunctions.OrchestrationStatus(request, id.Value, host.Client);

        Assert.Equal(403, FunctionRequests.Response(request).Status);
    }

    [Fact]
    public async Task List_ShowsTheActiveCaseOrchestrations()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var first = await ApiFunctionsTests.IntakeAsync(host);
        var second = await ApiFunctionsTests.IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "GET", "admin");

        await AdminFunctions.ListOrchestrations(request, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(200, status);
        var ids = body!.Value.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()).ToHashSet();
        Assert.Superset(ids, new HashSet<string?> { "case-" + first, "case-" + second });
    }

    [Fact]
    public async Task Terminate_ThenWake_RestartsTheOrchestrationFromTheStoredProjection()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        var terminate = FunctionRequests.Make(host.Services, "POST", "admin", query: "?reason=test");

        await AdminFunctions.TerminateOrchestration(terminate, id.Value, host.Client);

        Assert.Equal(202, FunctionRequests.Response(terminate).Status);
        var ended = await host.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, ended.RuntimeStatus);

        var wake = FunctionRequests.Make(host.Services, "POST", "admin");
        await AdminFunctions.WakeOrchestration(wake, id.Value, host.Client);

        Assert.Equal(202, FunctionRequests.Response(wake).Status);
        await host.WaitForStatusAsync(id, s => s.Generation == 0 && s.TimerDueUtc is not null);
        var signal = FunctionRequests.Make(host.Services, "POST", "engineering-head", """{"type":"acknowledge"}""");
        await ApiFunctions.Signal(signal, id.Value, host.Client);
        await host.WaitForCaseAsync(id, c => c.State.Status == CaseStatus.InProgress);
    }

    [Fact]
    public async Task Purge_RefusedWhileRunning_DoneOnceTerminated()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        var early = FunctionRequests.Make(host.Services, "DELETE", "admin");

        await AdminFunctions.PurgeOrchestration(early, id.Value, host.Client);

        Assert.Equal(409, FunctionRequests.Response(early).Status);
        await host.Orchestrations.TerminateAsync(id, "test", CancellationToken.None);
        await host.WaitForCompletionAsync(id);
        var purge = FunctionRequests.Make(host.Services, "DELETE", "admin");

        await AdminFunctions.PurgeOrchestration(purge, id.Value, host.Client);

        Assert.Equal(204, FunctionRequests.Response(purge).Status);
        Assert.Null(await host.Orchestrations.GetAsync(id, CancellationToken.None));
        Assert.NotNull(await host.Store.GetAsync(id, CancellationToken.None));
    }
}
