using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Testing.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions.Tests;

/// <summary>
/// The forms over HTTP (R-PV-2, R-PV-1): managers print and download every form; an agent reads the forms of a case
/// they have a part in and their own line of the period forms; the upstream office only its supervision ledger; a bad
/// form, format or period is a 400 naming the field; a refusal is a 403 problem.
/// </summary>
public sealed class FormApiTests
{
    private static async Task<(CaseId Id, string Month)> IntakeAsync(DurableCaseHost host)
    {
        var request = FunctionRequests.Make(host.Services, "POST", "agent1", FunctionRequests.Intake);
        await ApiFunctions.Intake(request, host.Client);
        var id = CaseId.Parse(FunctionRequests.Response(request).Body!.Value.GetProperty("id").GetString()!);
        var profile = host.Services.GetRequiredService<ProfileRegistry>().Default;
        var today = profile.Calendar.LocalDate(host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        return (id, today.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    private static async Task<HttpResponse> CaseFormAsync(DurableCaseHost host, string staff, string id, string form, string query = "")
    {
        var request = FunctionRequests.Make(host.Services, "GET", staff, query: query.Length == 0 ? null : query);
        await FormFunctions.CaseForm(request, id, form);
        return request.HttpContext.Response;
    }

    private static async Task<HttpResponse> PeriodFormAsync(DurableCaseHost host, string staff, string form, string query)
    {
        var request = FunctionRequests.Make(host.Services, "GET", staff, query: query);
        await FormFunctions.PeriodForm(request, form);
        return request.HttpContext.Response;
    }

    private static byte[] Bytes(HttpResponse response) => ((MemoryStream)response.Body).ToArray();

    private static string Text(HttpResponse response) => Encoding.UTF8.GetString(Bytes(response));

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public async Task ProcessingFile_ForStaffWithAPart_InClear_ForAnAgentWithout_403()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (id, _) = await IntakeAsync(host);

        var own = await CaseFormAsync(host, "agent1", id.Value, "processing-file");
        Assert.Equal((200, "text/html; charset=utf-8"), (own.StatusCode, own.ContentType));
        Assert.Contains("李四", Text(own), StringComparison.Ordinal);
        Assert.Contains(id.Value, Text(own), StringComparison.Ordinal);

        // An admin reads every form but has no part in the case (the manager ladder and the quality office do).
        var admin = await CaseFormAsync(host, "admin", id.Value, "revisit-form", "?format=csv");
        Assert.Equal(200, admin.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), Bytes(admin)[..3]);
        Assert.DoesNotContain("李四", Text(admin), StringComparison.Ordinal);
        Assert.Contains("李*", Text(admin), StringComparison.Ordinal);

        var other = await CaseFormAsync(host, "agent2", id.Value, "follow-up-table");
        Assert.Equal(403, other.StatusCode);
        Assert.StartsWith("application/problem+json", other.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R-PV-2")]
    [InlineData("bogus-form", "", "form")]
    [InlineData("processing-file", "?format=pdf", "format")]
    public async Task CaseForm_BadFormOrFormat_Is400NamingTheField(string form, string query, string field)
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (id, _) = await IntakeAsync(host);
        var request = FunctionRequests.Make(host.Services, "GET", "mgr", query: query.Length == 0 ? null : query);
        await FormFunctions.CaseForm(request, id.Value, form);
        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(400, status);
        Assert.True(body!.Value.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public async Task HotlineLog_AsXlsx_OpensBackWithTheSameColumnsAsTheCsv_AndNoCallerData()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (id, month) = await IntakeAsync(host);

        var csv = await PeriodFormAsync(host, "mgr", "hotline-log", $"?month={month}&format=csv");
        Assert.Equal(200, csv.StatusCode);
        var csvLines = Encoding.UTF8.GetString(Bytes(csv)[3..]).Split("\r\n");
        var headers = csvLines[0].Split(',');
        Assert.Equal("序号", headers[0]);
        Assert.StartsWith("1,", csvLines[1], StringComparison.Ordinal);

        var xlsx = await PeriodFormAsync(host, "mgr", "hotline-log", $"?month={month}&format=xlsx");
        Assert.Equal((200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (xlsx.StatusCode, xlsx.ContentType));
        using var document = SpreadsheetDocument.Open(new MemoryStream(Bytes(xlsx)), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList()).ToList();
        var header = rows.FindIndex(r => r.SequenceEqual(headers));
        Assert.True(header > 0, "The XLSX has the CSV's header row.");
        Assert.Contains(id.Value, rows[header + 1]);
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains("李四", StringComparison.Ordinal) || c.Contains("13912345670", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    [Trait("Rule", "R-RP-1")]
    public async Task Readers_AgentsTheirOwnLines_UpstreamItsLedger_Others403_BadPeriod400()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var (id, month) = await IntakeAsync(host);

        Assert.Contains(id.Value, Text(await PeriodFormAsync(host, "agent1", "hotline-log", $"?month={month}")), StringComparison.Ordinal);
        var notMine = await PeriodFormAsync(host, "agent2", "hotline-log", $"?month={month}");
        Assert.Equal(200, notMine.StatusCode);
        Assert.DoesNotContain(id.Value, Text(notMine), StringComparison.Ordinal);
        Assert.Equal(200, (await PeriodFormAsync(host, "agent2", "monthly-summary", $"?month={month}")).StatusCode);

        foreach (var (staff, form) in new[] { ("agent1", "assessment-record"), ("agent1", "accountability-list"), ("upstream", "hotline-log"), ("engineering-1", "monthly-summary") })
        {
            var refused = await PeriodFormAsync(host, staff, form, $"?month={month}");
            Assert.Equal(403, refused.StatusCode);
            Assert.StartsWith("application/problem+json", refused.ContentType, StringComparison.Ordinal);
        }

        Assert.Equal(200, (await PeriodFormAsync(host, "upstream", "supervision-ledger", $"?month={month}")).StatusCode);
        foreach (var who in new[] { "qa", "dgm", "admin" })
        {
            Assert.Equal(200, (await PeriodFormAsync(host, who, "first-question-audit", $"?month={month}&format=xlsx")).StatusCode);
        }

        foreach (var (form, query, field) in new[] { ("monthly-summary", "?from=2026-11-01&to=2026-11-30", "month"), ("hotline-log", "?month=2026-13", "month"), ("hotline-log", "?from=2026-11-30&to=2026-11-01", "to"), ("nope", $"?month={month}", "form") })
        {
            var request = FunctionRequests.Make(host.Services, "GET", "mgr", query: query);
            await FormFunctions.PeriodForm(request, form);
            var (status, body) = FunctionRequests.Response(request);
            Assert.Equal(400, status);
            Assert.True(body!.Value.GetProperty("errors").TryGetProperty(field, out _), $"{form}{query} names {field}");
        }

        // The work log covers at most 31 days, both ends included: 1 November to 1 December is allowed, one day more is
        // refused, and the refusal says what the check allows (it said "at most 31 days later" while refusing 31 days later).
        Assert.Equal(200, (await PeriodFormAsync(host, "mgr", "work-log", "?from=2026-11-01&to=2026-12-01")).StatusCode);
        var tooLong = FunctionRequests.Make(host.Services, "GET", "mgr", query: "?from=2026-11-01&to=2026-12-02");
        await FormFunctions.PeriodForm(tooLong, "work-log");
        var (tooLongStatus, tooLongBody) = FunctionRequests.Response(tooLong);
        Assert.Equal(400, tooLongStatus);
        Assert.Contains("at most 31 days with both ends included (to at most 30 days after from)", tooLongBody!.Value.GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
    }
}
