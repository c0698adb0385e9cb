using System.Reflection;
using System.Text.Json;

namespace Hotline.Functions.Tests;

/// <summary>
/// The Functions host discovers functions from <c>functions.metadata</c>, which the Functions SDK generates at build
/// time from the attributes. Whatever the C# says, this file is what Azure will run: every function, its trigger, its
/// route, methods and authorization level.
/// </summary>
public sealed class FunctionsMetadataTests
{
    /// <summary>(name, trigger binding, route, methods, auth level) — route/methods/auth only for HTTP triggers.</summary>
    public static TheoryData<string, string, string?, string?, string?> Expected => new()
    {
        { "Intake", "httpTrigger", "cases", "post", "Anonymous" },
        { "GetCase", "httpTrigger", "cases/{id}", "get", "Anonymous" },
        { "ListCases", "httpTrigger", "cases", "get", "Anonymous" },
        { "SearchCases", "httpTrigger", "cases/search", "post", "Anonymous" },
        { "CaseCounts", "httpTrigger", "cases/counts", "get", "Anonymous" },
        { "CallerHistory", "httpTrigger", "callers/history", "post", "Anonymous" },
        { "Signal", "httpTrigger", "cases/{id}/signals", "post", "Anonymous" },
        { "ListProfiles", "httpTrigger", "profiles", "get", "Anonymous" },
        { "ListStaff", "httpTrigger", "staff", "get", "Anonymous" },
        { "GetStaff", "httpTrigger", "staff/{id}", "get", "Anonymous" },
        { "PutStaff", "httpTrigger", "staff/{id}", "put", "Anonymous" },
        { "Outbox", "httpTrigger", "sms/outbox", "get", "Anonymous" },
        { "DailyReport", "httpTrigger", "reports/daily", "get", "Anonymous" },
        { "WeeklyReport", "httpTrigger", "reports/weekly", "get", "Anonymous" },
        { "MonthlyReport", "httpTrigger", "reports/monthly", "get", "Anonymous" },
        { "SignMonthlyReport", "httpTrigger", "reports/monthly/sign", "post", "Anonymous" },
        { "FirstQuestionAudit", "httpTrigger", "reports/first-question", "get", "Anonymous" },
        { "QualityRecordsReport", "httpTrigger", "reports/quality", "get", "Anonymous" },
        { "CaseForm", "httpTrigger", "cases/{id}/forms/{form}", "get", "Anonymous" },
        { "PeriodForm", "httpTrigger", "forms/{form}", "get", "Anonymous" },
        { "GenerateReportSubmission", "httpTrigger", "reports/submissions", "post", "Anonymous" },
        { "ListReportSubmissions", "httpTrigger", "reports/submissions", "get", "Anonymous" },
        { "GetReportSubmission", "httpTrigger", "reports/submissions/{id}", "get", "Anonymous" },
        { "ReportSubmissionStep", "httpTrigger", "reports/submissions/{id}/{step}", "post", "Anonymous" },
        { "ListReportSnapshots", "httpTrigger", "reports/snapshots", "get", "Anonymous" },
        { "GetReportSnapshot", "httpTrigger", "reports/snapshots/{id}", "get", "Anonymous" },
        { "RecordQualityCheck", "httpTrigger", "reports/quality-checks", "post", "Anonymous" },
        { "ListQualityChecks", "httpTrigger", "reports/quality-checks", "get", "Anonymous" },
        { "PlanSurvey", "httpTrigger", "surveys", "post", "Anonymous" },
        { "ListSurveys", "httpTrigger", "surveys", "get", "Anonymous" },
        { "GetSurvey", "httpTrigger", "surveys/{id}", "get", "Anonymous" },
        { "RecordSurveyBallots", "httpTrigger", "surveys/{id}/ballots", "post", "Anonymous" },
        { "RecordSurveySample", "httpTrigger", "surveys/{id}/samples", "post", "Anonymous" },
        { "ReportSurvey", "httpTrigger", "surveys/{id}/report", "post", "Anonymous" },
        { "IssuePermit", "httpTrigger", "permits", "post", "Anonymous" },
        { "ListPermits", "httpTrigger", "permits", "get", "Anonymous" },
        { "PermitGate", "httpTrigger", "permits/gate", "post", "Anonymous" },
        { "GetPermit", "httpTrigger", "permits/{id}", "get", "Anonymous" },
        { "HandBackPermit", "httpTrigger", "permits/{id}/hand-back", "post", "Anonymous" },
        { "SmsInbound", "httpTrigger", "sms/inbound", "post", "Function" },
        { "OrchestrationStatus", "httpTrigger", "admin/cases/{id}/orchestration", "get", "Function" },
        { "ListOrchestrations", "httpTrigger", "admin/orchestrations", "get", "Function" },
        { "WakeOrchestration", "httpTrigger", "admin/cases/{id}/orchestration/wake", "post", "Function" },
        { "TerminateOrchestration", "httpTrigger", "admin/cases/{id}/orchestration/terminate", "post", "Function" },
        { "PurgeOrchestration", "httpTrigger", "admin/cases/{id}/orchestration", "delete", "Function" },
        { "NoSuchRoute", "httpTrigger", "{*path}", "get,post,put,patch,delete", "Anonymous" },
        { "CaseOrchestrator", "orchestrationTrigger", null, null, null },
        { "CommitCase", "activityTrigger", null, null, null },
        { "SendSms", "activityTrigger", null, null, null },
        { "OpenLinkedCase", "activityTrigger", null, null, null },
        { "PendingOutbox", "activityTrigger", null, null, null },
        { "Sweep", "timerTrigger", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Function_IsListed_WithItsTrigger(string name, string trigger, string? route, string? methods, string? authLevel)
    {
        var function = Functions().SingleOrDefault(f => f.GetProperty("name").GetString() == name);
        Assert.True(function.ValueKind == JsonValueKind.Object, $"{name} is missing from functions.metadata");
        var binding = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In"
            && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        Assert.Equal(trigger, binding.GetProperty("type").GetString());
        if (route is not null)
        {
            Assert.Equal(route, binding.GetProperty("route").GetString());
            Assert.Equal(methods!.Split(','), binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(authLevel, binding.GetProperty("authLevel").GetString());
        }
    }

    [Fact]
    public void EveryListedFunction_IsExpected()
    {
        var expected = Expected.Select(row => (string)row[0]).ToHashSet();
        var unexpected = Functions().Select(f => f.GetProperty("name").GetString()!).Except(expected);
        Assert.True(!unexpected.Any(), $"Not expected: {string.Join(", ", unexpected)}");
    }

    [Fact]
    public void FunctionsThatMoveCases_BindTheDurableClient()
    {
        string[] movers = ["Intake", "Signal", "SmsInbound", "Sweep", "WakeOrchestration", "TerminateOrchestration", "PurgeOrchestration"];
        foreach (var name in movers)
        {
            var function = Functions().Single(f => f.GetProperty("name").GetString() == name);
            Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "durableClient");
        }
    }

    private static List<JsonElement> Functions()
    {
        var path = typeof(FunctionsMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FunctionsMetadata").Value!;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
