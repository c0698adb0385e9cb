using Hotline.Azure.Storage;
using Hotline.Local.Durable;
using Hotline.Local.OpenApi;
using Hotline.Local.Simulator;
using Hotline.Service;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Serialization;
using Hotline.Service.Sms;
using Hotline.Service.Storage;

namespace Hotline.Local;

/// <summary>The local host's composition: Table storage, clock, SMS, the Durable Task Framework engine, the API, the simulator.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddHotline(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RetiredSettings.Refuse(builder.Configuration);
        var options = builder.Configuration.GetSection("Hotline").Get<HotlineOptions>() ?? new HotlineOptions();
        var services = builder.Services;
        services.AddSingleton(options);
        services.ConfigureHttpJsonOptions(json => HotlineJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        // The document at /openapi/v1.json, written from the API catalogue (Hotline.Service/Api/OpenApi) by endpoint name.
        services.AddOpenApi(openApi => openApi.AddApiCatalogue());
        services.AddSingleton(ProfileRegistry.BuiltIn(options.DefaultProfile));
        services.AddSingleton<TimeProvider>(options.IsManualClock
            ? new ManualTimeProvider(options.ClockStart ?? TimeProvider.System.GetUtcNow())
            : TimeProvider.System);
        services.AddSingleton(new ApiOptions { CommitWait = options.CommitWait });
        services.AddSingleton(new CaseOrchestratorOptions { StepsPerGeneration = options.StepsPerGeneration });
        services.AddTableStores(options.Tables, options.TablePrefix, options.IndexKey);

        services.AddSingleton(new Azure.Sms.SmsWebhookOptions(options.Sms.WebhookKey));
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<SmsSimulator>();
        services.AddSingleton<ISmsGateway>(sp => !string.IsNullOrWhiteSpace(options.Sms.ConnectionString)
            ? new Azure.Sms.AcsSmsGateway(options.Sms.ConnectionString, options.Sms.From, new Azure.Sms.AcsSmsClientOptions { TimeProvider = TimeProvider.System })
            : options.IsSimulator ? ActivatorUtilities.CreateInstance<SimulatorGateway>(sp) : new NoSmsGateway());
        services.AddHotlineCore();
        services.AddHotlineOrchestration();
        services.AddDurableEngine(options);
        return builder;
    }

    /// <summary>
    /// The Durable Task Framework engine (<see cref="TaskHubEngine"/>) over the same storage account, the client port the
    /// handlers use, and with the system clock the reconciler's sweep (the safety net the Functions app runs as a timer).
    /// </summary>
    private static void AddDurableEngine(this IServiceCollection services, HotlineOptions options)
    {
        services.AddSingleton(sp => new TaskHubEngine(options.Durable, options.Tables, sp, sp.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService(sp => sp.GetRequiredService<TaskHubEngine>());
        services.AddSingleton<ICaseOrchestrations>(sp => new TaskHubCaseOrchestrations(sp.GetRequiredService<TaskHubEngine>(), options.IsManualClock));
        services.AddCaseOrchestrationClients();
        if (!options.IsManualClock)
        {
            services.AddHostedService<ReconcilerService>();
        }
    }

    /// <summary>Prepares the tables and the demo directory, then serves the web console and maps the API, the OpenAPI document and the simulator.</summary>
    public static async Task UseHotlineAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<HotlineOptions>();
        await TableStorage.CreateTablesAsync(app.Services, CancellationToken.None);

        var directory = app.Services.GetRequiredService<IStaffDirectory>();
        if (options.Demo)
        {
            await DemoSeed.SeedAsync(directory, CancellationToken.None);
        }
        else
        {
            await BootstrapAdmin.EnsureAsync(directory, options.BootstrapAdmin, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline"), CancellationToken.None);
        }

        app.UseExceptionHandler();
        // Responses that end with an error status and no body (an unknown route's 404, a wrong method's 405, Kestrel's
        // own refusals) get a problem+json body from the ProblemDetails service registered above.
        app.UseStatusCodePages();
        // The web console (wwwroot: plain HTML, JS modules, CSS) is served at "/"; it only calls the API below.
        ServeConsoleFromBuildOutput(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapApiReference();
        app.MapHotlineApi().MapPost("/sms/inbound", (Delegate)Azure.Sms.SmsWebhookHandler.HandleAsync).WithName("SmsInbound");
        // The simulator reads every phone's texts and replies as any phone: only in simulator mode (the demo, or asked for).
        if (options.IsSimulator && string.IsNullOrWhiteSpace(options.Sms.ConnectionString))
        {
            app.MapSmsSimulator();
        }

        app.Lifetime.ApplicationStarted.Register(() => Announce(app, options));
    }

    /// <summary>
    /// A published host finds wwwroot under its content root. A built one (<c>dotnet run</c>, the tests) has the files
    /// only in the source tree, listed by the static web assets manifest next to the assembly; ASP.NET Core reads that
    /// manifest only in Development and under the entry assembly's name, so it is read here whatever the environment.
    /// </summary>
    private static void ServeConsoleFromBuildOutput(WebApplication app)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, typeof(HostingExtensions).Assembly.GetName().Name + ".staticwebassets.runtime.json");
        if (File.Exists(manifest))
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.StaticWebAssetsKey] = manifest })
                .Build();
            Microsoft.AspNetCore.Hosting.StaticWebAssets.StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, configuration);
        }
    }

    private static void Announce(WebApplication app, HotlineOptions options)
    {
        var url = app.Services.GetRequiredService<SelfAddress>().BaseUri;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline");
        var keys = options.Demo
            ? "Demo staff (id, name, phone, roles) and their API keys:" + Environment.NewLine
              + string.Join(Environment.NewLine, DemoSeed.Staff.Select(s => $"    {s.Member.Id,-22} {s.Member.Name,-8} {s.Member.Phone.E164,-15} {string.Join(',', s.Member.Roles),-22} X-Api-Key: {s.ApiKey}"))
            : "Not the demo: staff sign in with the keys an admin issued (start with --Hotline:Demo=true for the demo directory).";
        var sms = !string.IsNullOrWhiteSpace(options.Sms.ConnectionString) ? "Azure Communication Services"
            : options.IsSimulator ? $"the simulator at {url}sim/" : "off (" + NoSmsGateway.Reason + ")";
        log.LogInformation("Hotline is running at {Url} (console), Durable task hub {TaskHub}, clock {Clock}, SMS {Sms}. OpenAPI: {Url}openapi/v1.json, API reference: {Url}{Reference}{NewLine}{Keys}",
            url, options.Durable.TaskHubName, options.Clock, sms, url, url, ApiReference.Path.TrimStart('/'), Environment.NewLine, keys);
    }
}
