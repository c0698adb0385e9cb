using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Hotline.Service.Directory;
using Hotline.Service.Reports;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Azure.Storage;

/// <summary>The one place that turns the <c>Tables</c> setting into a client and registers the Table stores.</summary>
public static class TableStorage
{
    /// <summary>
    /// A connection string (<c>UseDevelopmentStorage=true</c>, or one with an account key) for Azurite and local runs;
    /// an account URI (<c>https://acct.table.core.windows.net/</c>) in Azure, signed in with the app's managed identity
    /// (<see cref="DefaultAzureCredential"/>), so no key sits in the app settings.
    /// </summary>
    /// <exception cref="ArgumentException">The setting is empty.</exception>
    public static TableServiceClient CreateClient(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        var options = CreateOptions();
        return Uri.TryCreate(setting.Trim(), UriKind.Absolute, out var account) && account.Scheme is "https" or "http"
            ? new TableServiceClient(account, new DefaultAzureCredential(), options)
            : new TableServiceClient(setting, options);
    }

    /// <summary>
    /// A few quick retries and a short network timeout: an unreachable account fails within seconds (the API answers
    /// 503 and the caller retries) instead of holding a request for the SDK's default minutes.
    /// </summary>
    public static TableClientOptions CreateOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    /// <summary>
    /// Registers the account client and every Table store: <see cref="ICaseStore"/>, <see cref="IStaffDirectory"/>,
    /// <see cref="IInboundLedger"/>, <see cref="IReportSignatures"/>, <see cref="ISurveyStore"/>, <see cref="IPermitStore"/> (each also as its concrete type).
    /// </summary>
    /// <param name="prefix">Letters and digits starting with a letter; lets environments share an account.</param>
    /// <param name="indexKey">
    /// The secret keying callers' search partitions (<c>Hotline:IndexKey</c>, <c>Hotline__IndexKey</c>): null or empty to
    /// use the one generated once and kept in the counters table. Configure it in every host of a deployment or in none,
    /// and never change it (the phone rows written under the old key would no longer be found).
    /// </param>
    public static IServiceCollection AddTableStores(this IServiceCollection services, string setting, string prefix, string? indexKey = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ => CreateClient(setting));
        services.AddSingleton(sp => new TableCaseStore(
            sp.GetRequiredService<TableServiceClient>(), prefix, indexKey, sp.GetService<Service.Cases.ProfileRegistry>() is { } profiles ? profiles.Find : null));
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<TableCaseStore>());
        services.AddSingleton<Service.Storage.Reports.IReportProjections>(sp => sp.GetRequiredService<TableCaseStore>());
        services.AddSingleton(sp => new TableStaffDirectory(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<IStaffDirectory>(sp => new CachedStaffDirectory(sp.GetRequiredService<TableStaffDirectory>(), TimeProvider.System));
        services.AddSingleton(sp => new TableInboundLedger(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<IInboundLedger>(sp => sp.GetRequiredService<TableInboundLedger>());
        services.AddSingleton(sp => new TableReportSignatures(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<IReportSignatures>(sp => sp.GetRequiredService<TableReportSignatures>());
        services.AddSingleton(sp => new TableReportSubmissions(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<Service.Reports.Submissions.IReportSubmissions>(sp => sp.GetRequiredService<TableReportSubmissions>());
        // Issue 11 item 4: the scheduled report snapshots and the weekly quality checks (R-RP-1).
        services.AddSingleton(sp => new TableReportSnapshots(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<Service.Reports.Schedule.IReportSnapshots>(sp => sp.GetRequiredService<TableReportSnapshots>());
        services.AddSingleton(sp => new TableQualityChecks(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<Service.Reports.QualityChecks.IQualityChecks>(sp => sp.GetRequiredService<TableQualityChecks>());
        services.AddSingleton(sp => new TableSurveyStore(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<ISurveyStore>(sp => sp.GetRequiredService<TableSurveyStore>());
        services.AddSingleton(sp => new TablePermitStore(sp.GetRequiredService<TableServiceClient>(), prefix));
        services.AddSingleton<IPermitStore>(sp => sp.GetRequiredService<TablePermitStore>());
        return services;
    }

    /// <summary>Creates every table the stores registered by <see cref="AddTableStores"/> use; existing tables are left as they are.</summary>
    public static async Task CreateTablesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<TableCaseStore>().CreateTablesAsync(cancellationToken);
        await services.GetRequiredService<TableStaffDirectory>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TableInboundLedger>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TableReportSignatures>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TableReportSubmissions>().CreateTablesAsync(cancellationToken);
        await services.GetRequiredService<TableReportSnapshots>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TableQualityChecks>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TableSurveyStore>().CreateTableAsync(cancellationToken);
        await services.GetRequiredService<TablePermitStore>().CreateTableAsync(cancellationToken);
    }
}
