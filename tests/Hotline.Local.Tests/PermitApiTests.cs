using System.Net;
using System.Net.Http.Json;

namespace Hotline.Local.Tests;

/// <summary>Release permits over HTTP (R-SV-1, 001 篇4): issue with the checks, the gate, security's copy handed back after 10 days.</summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class PermitApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("permits"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-SV-1")]
    [Trait("Rule", "R-PV-1")]
    public async Task Permit_IssuedCheckedAtTheGate_HandedBackWhenOverdue_RefusalsStoreNothing()
    {
        using var agent = _host.As("agent1");
        using var guard = _host.As("security-1");

        // The owner in person, valuable goods: issued and released at the gate.
        var owner = await agent.PostOkAsync("/api/permits", Request("owner", "张三丰", valuable: true));
        var ownerId = owner.Str("id");
        Assert.Equal(["服务中心", "安全护卫部"], owner["copies"]!.AsArray().Select(c => c!.GetValue<string>()));
        var gate = await guard.PostOkAsync("/api/permits/gate", new { permitId = ownerId, guardConfirmsOwner = false, valuableOrLarge = true });
        Assert.True(gate["released"]!.GetValue<bool>());

        // A tenant without the owner's written authorisation: 409 naming the rule and field; bad input: 400 naming the field.
        var refused = await agent.PostAsJsonAsync("/api/permits", Request("other", "李四", valuable: false));
        var problem = await refused.ReadNodeAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(("R-SV-1", "authorisation"), (problem.Str("rule"), problem.Str("field")));
        var bad = await agent.PostAsJsonAsync("/api/permits", new { unit = "3栋1201", items = "纸箱", applicant = "owner", applicantName = "张三丰", valuableOrLarge = false, signedByApplicant = true });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["idShown"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await guard.PostAsJsonAsync("/api/permits", Request("owner", "张三丰", valuable: false))).StatusCode);

        // With the authorisation the tenant gets a permit, but it does not release valuables: the owner did not sign it.
        var tenant = await agent.PostOkAsync("/api/permits", Request("other", "李四", valuable: true) with
        {
            Authorisation = new { signedByOwner = true, ownerIdCopyAttached = true, authorisedPerson = "李四", forDate = "2026-11-20", itemsNamed = "旧沙发" },
        });
        var tenantId = tenant.Str("id");
        var notReleased = await guard.PostAsJsonAsync("/api/permits/gate", new { permitId = tenantId, guardConfirmsOwner = false, valuableOrLarge = true });
        Assert.Equal(HttpStatusCode.Conflict, notReleased.StatusCode);
        Assert.Equal("R-SV-1", (await notReleased.ReadNodeAsync()).Str("rule"));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/permits/gate", new { guardConfirmsOwner = true, valuableOrLarge = false })).StatusCode);

        // Nothing of the refusals was stored: two permits, none overdue yet.
        var list = await agent.GetOkAsync("/api/permits");
        // Both were issued at the same (manual-clock) instant, so the list's issue-time order does not say which comes first.
        Assert.Equal(new[] { ownerId, tenantId }.Order(StringComparer.Ordinal), list.Items("items").Select(p => p.Str("id")).Order(StringComparer.Ordinal));
        Assert.Empty(list["overdueHandBacks"]!.AsArray());

        // Ten days on, security's copies are overdue; handing one back files it.
        using var admin = _host.As("admin");
        await admin.PostOkAsync("/api/clock", new { advance = "P10D" });
        Assert.Equal(new[] { ownerId, tenantId }.Order(StringComparer.Ordinal), (await agent.GetOkAsync("/api/permits?overdue=true")).Items("items").Select(p => p.Str("id")).Order(StringComparer.Ordinal));
        var filed = await guard.PostOkAsync($"/api/permits/{ownerId}/hand-back", new { });
        Assert.NotNull(filed["securityCopyFiledUtc"]);
        Assert.Equal([tenantId], (await agent.GetOkAsync("/api/permits?overdue=true")).Items("items").Select(p => p.Str("id")));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync("/api/permits/rp-20261120-nothere/hand-back", new { })).StatusCode);

        // Privacy: the quality office sees the names masked; an engineering worker has no part and may not read permits.
        using var quality = _host.As("qa");
        var seen = await quality.GetOkAsync($"/api/permits/{tenantId}");
        Assert.Equal(("李*", "李*", true), (seen.Str("applicantName"), seen["authorisation"]!.Str("authorisedPerson"), seen["masked"]!.GetValue<bool>()));
        Assert.Equal("李四", (await guard.GetOkAsync($"/api/permits/{tenantId}")).Str("applicantName"));
        using var worker = _host.As("engineering-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/permits/{tenantId}")).StatusCode);
    }

    private static PermitBody Request(string applicant, string name, bool valuable) =>
        new("3栋1201", valuable ? "旧沙发" : "纸箱两个", valuable, applicant, name, true, true, null);

    private sealed record PermitBody(
        string Unit, string Items, bool ValuableOrLarge, string Applicant, string ApplicantName, bool IdShown, bool SignedByApplicant, object? Authorisation);
}
