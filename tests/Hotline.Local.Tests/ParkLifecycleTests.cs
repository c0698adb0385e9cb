using System.Net.Http.Json;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// Issue 3's acceptance: a park-dispatch case driven purely over HTTP with the manual clock — intake, 2 h follow-up,
/// end-of-day escalation, completion, revisit, closure — surviving a host restart mid-way, on a real Azurite.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ParkLifecycleTests(AzuriteFixture azurite)
{
    private static object Intake(string summary) => new
    {
        caller = new { name = "张三丰", phone = "139 1234 5678", address = "3栋1201", property = "阳光园区" },
        channel = "phone",
        category = "repair",
        summary,
        urgency = "normal",
        receivedBy = "agent1",
        decision = "open",
        reason = "on-site-work",
    };

    [Fact]
    [Trait("Rule", "R-FU-1")]
    [Trait("Rule", "R-FU-2")]
    [Trait("Rule", "R-CL-1")]
    [Trait("Rule", "R-RV-3")]
    public async Task ParkRepair_OverHttp_FollowsUpEscalatesClosesAndSurvivesRestart()
    {
        var prefix = "e2e" + Guid.NewGuid().ToString("N")[..8];
        string id;
        using (var host = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400))
        {
            using var agent = host.As("agent1");
            var created = await agent.PostAsJsonAsync("/api/cases", Intake("卫生间漏水"), HttpJson.Options);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
            var view = await created.ReadNodeAsync();
            id = view.Str("id");
            Assert.Equal($"/api/cases/{id}", created.Headers.Location!.OriginalString);
            Assert.Equal("dispatched", view.Str("status"));
            Assert.Equal("engineering-head", view.Str("assignee"));
            Assert.Equal("agent1", view.Str("firstOwner"));

            using var admin = host.As("admin");
            await admin.PostOkAsync("/api/clock", new { advance = "PT2H" });
            var after2h = await agent.GetOkAsync($"/api/cases/{id}");
            Assert.Contains(after2h.Items("timeline"), e => e["rule"]?.GetValue<string>() == "R-FU-1");

            await admin.PostOkAsync("/api/clock", new { advance = "PT2H" });
        }

        // Restart: a new host over the same tables, with the clock where the old one stopped (Friday 18:00).
        using (var host = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400.AddHours(4)))
        {
            using var agent = host.As("agent1");
            using var admin = host.As("admin");
            using var head = host.As("engineering-head");

            // The end-of-day follow-up moved to Monday 17:30 (the 2 h follow-up fell after Friday's close); it fires after the restart.
            await admin.PostOkAsync("/api/clock", new { to = new DateTimeOffset(2026, 11, 23, 17, 31, 0, TimeSpan.FromHours(8)) });
            var monday = await agent.GetOkAsync($"/api/cases/{id}");
            Assert.Contains(monday.Items("timeline"), e => e["rule"]?.GetValue<string>() == "R-FU-2" && e["kind"]?.GetValue<string>() == "escalated");
            var outbox = await agent.GetOkAsync($"/api/sms/outbox?caseId={id}");
            Assert.True(outbox.AsArray().Any(m => m!.Str("recipient") == "mgr" && m!.Str("status") == "sent"), outbox.ToJsonString());

            // The API answers 202 when the commit takes longer than its wait (a restarted engine can: messages the old host
            // held come back after their visibility timeout); the next step is taken once the case shows the last one.
            await head.PostOkAsync($"/api/cases/{id}/signals", new { type = "acknowledge" });
            await host.WaitForCaseAsync(id, c => c.Str("status") == "in-progress");
            var slipless = await head.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "complete", result = "已修好", evidence = new { kind = "supervisor-notice" } }, HttpJson.Options);
            Assert.Equal(System.Net.HttpStatusCode.Conflict, slipless.StatusCode);
            Assert.Equal("R-CL-1", (await slipless.ReadNodeAsync()).Str("rule"));

            await head.PostOkAsync($"/api/cases/{id}/signals", new { type = "complete", result = "更换了水管接头", evidence = new { kind = "service-slip", reference = "FW-0012" } });
            await host.WaitForCaseAsync(id, c => c.Str("status") == "completed");
            // 001: no revisit is asked for; 销项 completes when the signed slip's copy reaches the dispatcher (R-CL-1, R-RV-3).
            var closed = await agent.PostOkAsync($"/api/cases/{id}/signals", new { type = "slip-copy-received", note = "已签字归档" });
            Assert.Equal("closed", closed.Str("status"));
            Assert.Equal("resolved", closed["closure"]!.Str("outcome"));
        }
    }
}
