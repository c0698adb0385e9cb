using Hotline.Domain.Cases;
using Hotline.Testing;
using Hotline.Testing.Durable;

namespace Hotline.Functions.Tests;

/// <summary>The HTTP functions with the Durable client Functions binds, here the in-process engine's.</summary>
public sealed class ApiFunctionsTests
{
    [Fact]
    public async Task Intake_Answers201_AndStartsTheCaseOrchestration_WhichSendsTheTask()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var request = FunctionRequests.Make(host.Services, "POST", "agent1", FunctionRequests.Intake);

        await ApiFunctions.Intake(request, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(201, status);
        var id = CaseId.Parse(body!.Value.GetProperty("id").GetString()!);
        Assert.Equal($"/api/cases/{id}", request.HttpContext.Response.Headers.Location.ToString());
        var orchestration = await host.WaitForStatusAsync(id, s => s.TimerDueUtc is not null);
        Assert.Equal(nameof(CaseStatus.Dispatched), orchestration.Status);
        var supervisor = TestOrg.Member("engineering-head").Phone;
        await host.WaitForCaseAsync(id, _ => host.Sms.Requests.Any(m => m.To == supervisor.E164));
    }

    [Fact]
    public async Task Signal_CheckedOnTheProjection_RaisedToTheOrchestration_WhichCommitsIt_Answered200WithTheNewState()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "POST", "engineering-head", """{"type":"acknowledge"}""");

        await ApiFunctions.Signal(request, id.Value, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(200, status);
        Assert.Equal("in-progress", body!.Value.GetProperty("status").GetString());
        var stored = await host.CaseAsync(id);
        Assert.Equal(CaseStatus.InProgress, stored.State.Status);
        Assert.Contains(await host.LedgerAsync(id), e => e.Kind == LedgerKind.Acknowledged && e.By == TestOrg.Id("engineering-head"));
        await host.WaitForStatusAsync(id, s => s.Version == stored.State.Version);
    }

    [Fact]
    public async Task Signal_NotCommittedWithinTheWait_Answered202WithTheCaseUrl_ThenCommitted()
    {
        await using var host = await DurableCaseHost.StartAsync(api: new Hotline.Service.Api.ApiOptions { CommitWait = TimeSpan.FromMilliseconds(200) });
        var id = await IntakeAsync(host);
        using var release = new SemaphoreSlim(0);
        host.Store.BeforeCommit = async (_, commit) =>
        {
            if (commit.State.Status == CaseStatus.InProgress)
            {
                await release.WaitAsync();
            }
        };
        var request = FunctionRequests.Make(host.Services, "POST", "engineering-head", """{"type":"acknowledge"}""");

        await ApiFunctions.Signal(request, id.Value, host.Client);

        Assert.Equal(202, FunctionRequests.Response(request).Status);
        Assert.Equal($"/api/cases/{id}", request.HttpContext.Response.Headers.Location.ToString());
        Assert.Equal(CaseStatus.Dispatched, (await host.CaseAsync(id)).State.Status);
        release.Release();
        await host.WaitForCaseAsync(id, c => c.State.Status == CaseStatus.InProgress);
    }

    [Fact]
    public async Task Signal_TheRulesForbid_Answers409WithTheRule_AndRaisesNothing()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await IntakeAsync(host);
        var before = await host.CaseAsync(id);
        var request = FunctionRequests.Make(host.Services, "POST", "mgr", """{"type":"close","note":"结案"}""");

        await ApiFunctions.Signal(request, id.Value, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(409, status);
        Assert.False(string.IsNullOrEmpty(body!.Value.GetProperty("rule").GetString()));
        await Task.Delay(500);
        Assert.Equal(before.State.Version, (await host.CaseAsync(id)).State.Version);
        Assert.Null((await host.StatusAsync(id))!.LastRejection);
    }

    [Fact]
    public async Task GetCase_WithoutKey_Answers401ProblemJson()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "GET");

        await ApiFunctions.GetCase(request, id.Value);

        Assert.Equal(401, FunctionRequests.Response(request).Status);
        Assert.StartsWith("application/problem+json", request.HttpContext.Response.ContentType, StringComparison.Ordinal);
    }

    internal static async Task<CaseId> IntakeAsync(DurableCaseHost host)
    {
        var request = FunctionRequests.Make(host.Services, "POST", "agent1", FunctionRequests.Intake);
        await ApiFunctions.Intake(request, host.Client);
        var id = CaseId.Parse(FunctionRequests.Response(request).Body!.Value.GetProperty("id").GetString()!);
        await host.WaitForStatusAsync(id, s => s.TimerDueUtc is not null);
        return id;
    }
}
