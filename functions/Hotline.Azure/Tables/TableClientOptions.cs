using System.Diagnostics.CodeAnalysis;
using Azure.Core;

namespace Hotline.Azure.Tables;

/// <summary>
/// Options for <see cref="TableServiceClient"/> and <see cref="TableClient"/>. Retries, logging, diagnostics
/// and the transport are Azure.Core's (<see cref="ClientOptions.Retry"/>, <see cref="ClientOptions.Transport"/>, …).
/// </summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <param name="serviceVersion">The <c>x-ms-version</c> spoken to the service.</param>
    public TableClientOptions(ServiceVersion serviceVersion = ServiceVersion.V2020_12_06)
    {
        Version = serviceVersion switch
        {
            ServiceVersion.V2019_02_02 => "2019-02-02",
            ServiceVersion.V2020_12_06 => "2020-12-06",
            _ => throw new ArgumentOutOfRangeException(nameof(serviceVersion), serviceVersion, "Unknown Table service version."),
        };

        // Let Azure.Core's logs show what matters when diagnosing Table calls; the key never appears
        // because Authorization stays redacted.
        foreach (var header in new[]
                 {
                     "x-ms-error-code", "x-ms-version", "DataServiceVersion", "Prefer", "Preference-Applied",
                     "x-ms-continuation-NextPartitionKey", "x-ms-continuation-NextRowKey", "ETag", "If-Match",
                 })
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }

        foreach (var parameter in new[] { "$filter", "$top", "$select", "NextPartitionKey", "NextRowKey", "comp" })
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>Table service REST versions this client speaks.</summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Azure SDK naming for service versions.")]
    public enum ServiceVersion
    {
        /// <summary>2019-02-02.</summary>
        V2019_02_02 = 1,

        /// <summary>2020-12-06 (default).</summary>
        V2020_12_06 = 2,
    }

    /// <summary>The clock that dates signed requests. Tests may replace it; production keeps the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal string Version { get; }
}
