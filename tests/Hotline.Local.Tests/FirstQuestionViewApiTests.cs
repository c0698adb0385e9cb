using System.Text.Json.Nodes;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// What the console reads to run the first-question duty and the closed-case records: the case view's first-question
/// record (R-IN-9, R-FQ-1), masked for staff with no part (R-PV-1), and the profile flags that decide which records
/// the console offers (R-RV-2 revisit after closure, R-RP-11 assessment, R-RP-10 corrective action).
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class FirstQuestionViewApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("fqview"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-IN-9")]
    [Trait("Rule", "R-FQ-1")]
    public async Task CaseView_ShowsFirstQuestionRecordWithHandOvers_MaskedForOutsiders()
    {
        using var agent = _host.As("agent1");
        var created = await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "卫生间漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
            readBack = "卫生间漏水，回电13987654321", toldProcedure = "维修班上门处理", toldExpectedUtc = "2026-11-20T08:00:00Z",
        });
        var id = created.Str("id");
        await agent.PostOkAsync($"/api/cases/{id}/signals", new { type = "hand-over-to-department", to = "engineering-head", method = "phone-bridge", reason = "需维修班处理" });

        JsonNode? fq = null;
        await Eventually.Until(async () => (fq = (await agent.GetOkAsync($"/api/cases/{id}"))["firstQuestion"])!["handOvers"]!.AsArray().Count == 1, "the hand-over in the view");
        var record = fq ?? throw new InvalidOperationException("No first-question record.");
        Assert.Equal("agent1", record.Str("receivedBy"));
        Assert.Equal("卫生间漏水，回电13987654321", record.Str("readBack"));
        Assert.Equal("维修班上门处理", record.Str("toldProcedure"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), record["toldExpectedUtc"]!.GetValue<DateTimeOffset>());
        var handOver = record["handOvers"]![0]!;
        Assert.Equal(1, handOver["number"]!.GetValue<int>());
        Assert.Equal("engineering-head", handOver.Str("to"));
        Assert.Equal("engineering", handOver.Str("toUnit"));
        Assert.Equal("phone-bridge", handOver.Str("method"));
        Assert.Null(handOver["receptionRecordedUtc"]);
        Assert.Null(record["dutyEndedUtc"]);

        // A desk member with no part (field staff without one do not see the case at all: R-PV-1).
        using var outsider = _host.As("agent2");
        var masked = (await outsider.GetOkAsync($"/api/cases/{id}"))["firstQuestion"]!;
        Assert.DoesNotContain("13987654321", masked.Str("readBack"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-RV-2")]
    [Trait("Rule", "R-RP-11")]
    public async Task Profiles_SayWhichClosedCaseRecordsTheyKeep()
    {
        using var agent = _host.As("agent1");
        var profiles = (await agent.GetOkAsync("/api/profiles")).AsArray().ToDictionary(p => p!.Str("id"), p => p!);
        bool Flag(string profile, string name) => profiles[profile][name]!.GetValue<bool>();
        Assert.True(Flag("municipal-12319", "revisitAfterClosure"));
        Assert.False(Flag("park-dispatch", "revisitAfterClosure"));
        Assert.True(Flag("gm-hotline", "assessUnitHead"));
        Assert.False(Flag("park-dispatch", "assessUnitHead"));
        Assert.True(Flag("park-dispatch", "correctiveAction"));
        Assert.True(profiles["park-dispatch"]["categories"]!.AsArray().Single(c => c!.Str("code") == "paid-repair")!["paid"]!.GetValue<bool>());
    }
}
