using System.Text;
using Hotline.Domain.Cases;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Running;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Tests.Orchestration;

public sealed class OrchestratedCaseHandlersTests
{
    private static HttpContext Request(LoopHarness h, string apiKey, string body)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddHotlineCore()
            .AddSingleton<ICaseStore>(h.Store)
            .AddSingleton<IStaffDirectory>(h.Directory)
            .AddSingleton<TimeProvider>(h.Clock)
            .AddSingleton(h.Profiles)
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Headers[ApiAuth.Header] = apiKey;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context;
    }

    [Fact]
    public async Task Intake_CommitsTheCase_ThenStartsItsOrchestration()
    {
        var h = await LoopHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        var body = """
            {"caller":{"name":"李四","phone":"13912345670","address":"5栋","property":"阳光园区"},"channel":"phone","category":"repair",
             "urgency":"normal","summary":"门锁坏了","decision":"open","reason":"on-site-work","receivedBy":"agent1"}
            """;

        var result = await OrchestratedCaseHandlers.IntakeAsync(Request(h, "key-agent1", body), orchestrations);

        var view = Assert.IsAssignableFrom<IValueHttpResult>(result).Value as CaseView;
        Assert.True(view is not null, $"{result}");
        var started = Assert.Single(orchestrations.Started);
        Assert.Equal(view.Id, started.Case.State.Id.Value);
        Assert.Equal((await h.Store.GetAsync(started.Case.State.Id, CancellationToken.None))!.ETag, started.Case.ETag);
    }

    [Fact]
    public async Task ValidSignal_RaisedToTheOrchestration_Answers202WithExpectedView()
    {
        var h = await LoopHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();

        var result = await OrchestratedCaseHandlers.SignalAsync(Request(h, "key-engineering-head", """{"type":"acknowledge"}"""), h.Id.Value, orchestrations);

        var accepted = Assert.IsType<Accepted<CaseView>>(result);
        Assert.Equal("in-progress", accepted.Value!.Status);
        var (id, signal) = Assert.Single(orchestrations.Signals);
        Assert.Equal(h.Id, id);
        Assert.IsType<Acknowledge>(Assert.IsType<CaseSignal.Apply>(signal).Trigger);
        Assert.Single(orchestrations.Started);
        Assert.Equal(h.Opened.State.Version, (await h.StoredAsync()).State.Version);
    }

    [Fact]
    public async Task SignalTheMachineRejects_409NamingTheRule_NothingRaised()
    {
        var h = await LoopHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();

        var result = await OrchestratedCaseHandlers.SignalAsync(Request(h, "key-agent1", """{"type":"close"}"""), h.Id.Value, orchestrations);

        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsType<ProblemHttpResult>(result).StatusCode);
        Assert.Empty(orchestrations.Signals);
    }

    [Fact]
    public async Task StaffWithNoPartInTheCase_403_NothingRaised()
    {
        var h = await LoopHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();

        var result = await OrchestratedCaseHandlers.SignalAsync(Request(h, "key-security-1", """{"type":"acknowledge"}"""), h.Id.Value, orchestrations);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ProblemHttpResult>(result).StatusCode);
        Assert.Empty(orchestrations.Signals);
    }
}
