using Hotline.Azure.Sms;
using Hotline.Azure.Storage;
using Hotline.Azure.Tables;
using Hotline.Service;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Running;
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
        services.AddSingleton(_ => new TableServiceClient(settings.Tables, new TableClientOptions()));
        services.AddSingleton(sp => new TableCaseStore(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix));
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<TableCaseStore>());
        services.AddSingleton(sp => new TableStaffDirectory(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix));
        services.AddSingleton<IStaffDirectory>(sp => sp.GetRequiredService<TableStaffDirectory>());
        services.AddSingleton(sp => new TableInboundLedger(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix));
        services.AddSingleton<IInboundLedger>(sp => sp.GetRequiredService<TableInboundLedger>());
        services.AddSingleton(sp => new TableReportSignatures(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix));
        services.AddSingleton<Hotline.Service.Reports.IReportSignatures>(sp => sp.GetRequiredService<TableReportSignatures>());
        services.AddSingleton<ISmsGateway>(_ => new AcsSmsGateway(settings.Sms.ConnectionString, settings.Sms.From, new AcsSmsClientOptions { TimeProvider = TimeProvider.System }));
        services.AddHotlineCore();
        services.AddHotlineOrchestration();
        services.AddHostedService<TableSetup>();
        return builder;
    }

    /// <summary>Creates the tables once per instance start (creating an existing table is a no-op).</summary>
    private sealed class TableSetup(TableCaseStore cases, TableStaffDirectory staff, TableInboundLedger inbound, TableReportSignatures signatures) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await cases.CreateTablesAsync(cancellationToken);
            await staff.CreateTableAsync(cancellationToken);
            await inbound.CreateTableAsync(cancellationToken);
            await signatures.CreateTableAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
