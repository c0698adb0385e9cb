using System.Net;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// The case orchestrations as an admin manages them in the local host — the same handlers and port as the Functions
/// app's admin functions, here over the Durable Task Framework client: status, list, terminate, purge, wake.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OrchestrationAdminTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Status_List_Terminate_Purge_Wake_OverTheDurableTaskFrameworkClient()
    {
        using var host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("admin"), LocalHost.Friday1400);
        using var agent = host.As("agent1");
        using var admin = host.As("admin");
        var id = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "卫生间漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");
        await host.WaitForOutboxAsync(id);

        var status = await admin.GetOkAsync($"/api/admin/cases/{id}/orchestration");
        Assert.Equal(("case-" + id, "Running", true), (status.Str("instanceId"), status.Str("runtimeStatus"), status["isActive"]!.GetValue<bool>()));
        Assert.Contains("\"Dispatched\"", status.Str("customStatus"), StringComparison.Ordinal);
        Assert.Contains((await admin.GetOkAsync("/api/admin/orchestrations")).AsArray(), i => i!.Str("instanceId") == "case-" + id);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/admin/cases/{id}/orchestration")).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/admin/cases/{id}/orchestration/terminate?reason=test", null)).StatusCode);
        await Eventually.Until(async () => (await admin.GetOkAsync($"/api/admin/cases/{id}/orchestration")).Str("runtimeStatus") == "Terminated", "terminated");
        Assert.DoesNotContain((await admin.GetOkAsync("/api/admin/orchestrations")).AsArray(), i => i!.Str("instanceId") == "case-" + id);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/cases/{id}/orchestration")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/cases/{id}/orchestration")).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/admin/cases/{id}/orchestration/wake", null)).StatusCode);
        await Eventually.Until(async () => (await admin.GetOkAsync($"/api/admin/cases/{id}/orchestration")).Str("runtimeStatus") == "Running", "running again");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/admin/cases/{id}/orchestration")).StatusCode);
    }
}
