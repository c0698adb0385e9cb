using System.Globalization;
using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Testing;
using Hotline.Testing.Durable;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions.Tests;

/// <summary>
/// The first-question duty over HTTP (004): any staff member files their own intake with the read-back; filing in another's
/// name needs the recorder role (403 naming the field otherwise); the compliance audit is for managers and the quality office.
/// </summary>
public sealed class FirstQuestionApiTests
{
    private static string Intake(string receivedBy, string extra = "") => $$"""
        {"caller":{"name":"李四","phone":"13912345670","address":"5栋301","property":"阳光园区"},"channel":"visit","category":"repair",
         "summary":"门锁坏了","decision":"open","reason":"on-site-work","receivedBy":"{{receivedBy}}"{{extra}}}
        """;

    private static async Task<(int Status, JsonElement? Body, string? ContentType)> PostIntakeAsync(DurableCaseHost host, string typist, string body)
    {
        var request = FunctionRequests.Make(host.Services, "POST", typist, body);
        await ApiFunctions.Intake(request, host.Client);
        var (status, json) = FunctionRequests.Response(request);
        return (status, json, request.HttpContext.Response.ContentType);
    }

    [Fact]
    [Trait("Rule", "R-IN-9")]
    public async Task AGuard_FilesTheirOwnIntake_WithTheReadBackAndWhatTheCallerWasTold()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (status, body, _) = await PostIntakeAsync(host, "security-1",
            Intake("security-1", ""","readBack":"5栋301门锁坏了，已复述确认","toldProcedure":"工程部上门维修","toldExpectedUtc":"2030-01-01T08:00:00Z" """));

        Assert.Equal(201, status);
        Assert.Equal("security-1", body!.Value.GetProperty("firstOwner").GetString());
        var id = CaseId.Parse(body.Value.GetProperty("id").GetString()!);
        var fq = (await host.CaseAsync(id)).State.FirstQuestion!;
        Assert.Equal(("security-1", "security-1", "5栋301门锁坏了，已复述确认", "工程部上门维修"), (fq.ReceivedBy.Value, fq.RecordedBy.Value, fq.ReadBack, fq.ToldProcedure));
        Assert.Contains(await host.LedgerAsync(id), e => e.Rule == "R-IN-9" && e.Text == "复述确认：5栋301门锁坏了，已复述确认");
    }

    [Theory]
    [Trait("Rule", "R-IN-9")]
    [InlineData("agent1", "security-1")]
    [InlineData("engineering-1", "agent1")]
    public async Task FilingInAnotherStaffMembersName_WithoutTheRecorderRole_Is403NamingReceivedBy(string typist, string owner)
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (status, body, contentType) = await PostIntakeAsync(host, typist, Intake(owner));

        Assert.Equal(403, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Contains("R-IN-9", body!.Value.GetProperty("errors").GetProperty("receivedBy")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Sms.Requests);
    }

    [Fact]
    [Trait("Rule", "R-IN-9")]
    public async Task TheRecorder_FilesInTheOwnersName_AndBothAreRecorded()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (status, body, _) = await PostIntakeAsync(host, "desk1", Intake("cleaning-1"));

        Assert.Equal(201, status);
        var id = CaseId.Parse(body!.Value.GetProperty("id").GetString()!);
        var state = (await host.CaseAsync(id)).State;
        Assert.Equal(("cleaning-1", "cleaning-1", "desk1"), (state.FirstOwner.Value, state.FirstQuestion!.ReceivedBy.Value, state.FirstQuestion.RecordedBy.Value));
        Assert.Contains(await host.LedgerAsync(id), e => e.Rule == "R-IN-9" && e.By?.Value == "desk1" && e.Text.Contains("首问责任人 cleaning-1", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    public async Task Audit_ManagersAndQualityOfficeRead_OthersAre403_BadDates400()
    {
        await using var host = await DurableCaseHost.StartAsync();
        Assert.Equal(201, (await PostIntakeAsync(host, "desk1", Intake("security-1", ""","readBack":"门锁坏了" """))).Status);
        var profile = host.Services.GetRequiredService<ProfileRegistry>().Default;
        var today = profile.Calendar.LocalDate(host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var period = $"?from={today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

        foreach (var reader in new[] { "mgr", "qa" })
        {
            var (status, body) = await AuditAsync(host, reader, period);
            Assert.Equal(200, status);
            var line = Assert.Single(body!.Value.GetProperty("cases").EnumerateArray());
            Assert.Equal(("security-1", "desk1", true), (line.GetProperty("receivedBy").GetString(), line.GetProperty("recordedBy").GetString(), line.GetProperty("readBack").GetBoolean()));
            Assert.Equal(1, body.Value.GetProperty("totals").GetProperty("recordedOnBehalf").GetInt32());
            Assert.DoesNotContain("李四", body.Value.GetRawText(), StringComparison.Ordinal);
        }

        Assert.Equal(403, (await AuditAsync(host, "agent1", period)).Status);
        Assert.Equal(403, (await AuditAsync(host, "security-1", period)).Status);
        var (bad, problem) = await AuditAsync(host, "mgr", "?from=2026-13-01&to=2026-11-30");
        Assert.Equal(400, bad);
        Assert.True(problem!.Value.GetProperty("errors").TryGetProperty("from", out _));
    }

    private static async Task<(int Status, JsonElement? Body)> AuditAsync(DurableCaseHost host, string staff, string query)
    {
        var request = FunctionRequests.Make(host.Services, "GET", staff, query: query);
        await ReportFunctions.FirstQuestionAudit(request);
        return FunctionRequests.Response(request);
    }
}

/// <summary>The first-question signals over HTTP, through the case's orchestration (R-FQ-1, R-FQ-2).</summary>
public sealed class FirstQuestionSignalApiTests
{
    private static async Task<(int Status, JsonElement? Body)> SignalAsync(DurableCaseHost host, CaseId id, string staff, string body)
    {
        var request = FunctionRequests.Make(host.Services, "POST", staff, body);
        await ApiFunctions.Signal(request, id.Value, host.Client);
        return FunctionRequests.Response(request);
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-FQ-2")]
    public async Task GuardHandsOver_EngineeringRecordsFixesAndTellsHim_TheGuardGetsTheSms()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var intake = FunctionRequests.Make(host.Services, "POST", "security-1", FunctionRequests.Intake.Replace("\"agent1\"", "\"security-1\"", StringComparison.Ordinal));
        await ApiFunctions.Intake(intake, host.Client);
        var id = CaseId.Parse(FunctionRequests.Response(intake).Body!.Value.GetProperty("id").GetString()!);

        var (badStatus, bad) = await SignalAsync(host, id, "security-1", """{"type":"hand-over-to-department","to":"engineering-head","method":"shout","reason":"维修"}""");
        Assert.Equal(400, badStatus);
        Assert.True(bad!.Value.GetProperty("errors").TryGetProperty("method", out _));

        Assert.Equal(200, (await SignalAsync(host, id, "security-1", """{"type":"hand-over-to-department","to":"engineering-head","method":"phone-bridge","reason":"门锁属工程部"}""")).Status);
        Assert.Equal(200, (await SignalAsync(host, id, "engineering-head", """{"type":"reception-recorded","number":1,"note":"已登记"}""")).Status);
        Assert.Equal(200, (await SignalAsync(host, id, "engineering-head", """{"type":"acknowledge"}""")).Status);
        Assert.Equal(200, (await SignalAsync(host, id, "engineering-head", """{"type":"complete","result":"已换锁","evidence":{"kind":"service-slip","reference":"FWD-1"}}""")).Status);
        Assert.Equal(200, (await SignalAsync(host, id, "engineering-head", """{"type":"completion-notice","result":"已换锁"}""")).Status);

        var fq = (await host.CaseAsync(id)).State.FirstQuestion!;
        var slip = Assert.Single(fq.HandOvers);
        Assert.Equal(("engineering", HandOverMethod.PhoneBridge, "engineering-head"), (slip.ToUnit, slip.Method, slip.ReceptionRecordedBy?.Value));
        Assert.NotNull(fq.DutyEndedUtc);
        var guard = TestOrg.Member("security-1").Phone.E164;
        await host.WaitForCaseAsync(id, _ => host.Sms.Requests.Any(m => m.To == guard && m.Text.Contains("首问办结", StringComparison.Ordinal)));
    }
}
