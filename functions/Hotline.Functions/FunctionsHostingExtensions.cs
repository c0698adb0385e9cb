using Hotline.Azure.Sms;
using Hotline.Azure.Storage;
using Hotline.Service;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Serialization;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Functions;

/// <summary>The Functions app's composition: the local host's adapters over Table Storage and ACS, plus the Durable engine.</summary>
public static class FunctionsHostingExtensions
{
    public static IHostApplicationBuilder AddHotlineFunctions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection("Hotline").Get<FunctionsSettings>() ?? new FunctionsSettings();
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(json => HotlineJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ProfileRegistry.BuiltIn(settings.DefaultProfile));
        services.AddTableStores(settings.Tables, settings.TablePrefix, settings.IndexKey);
        services.AddSingleton<ISmsGateway>(_ => new AcsSmsGateway(settings.Sms.ConnectionString, settings.Sms.From, new AcsSmsClientOptions { TimeProvider = TimeProvider.System }));
        services.AddHotlineCore();
        services.AddHotlineOrchestration();
        services.AddHostedService<TableSetup>();
        return builder;
    }

    /// <summary>Creates the tables once per instance start (creating an existing table is a no-op).</summary>
    private sealed class TableSetup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => TableStorage.CreateTablesAsync(services, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
