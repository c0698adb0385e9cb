using Azure.Core;

namespace Hotline.Azure.Sms;

/// <summary>Pipeline options for <see cref="AcsSmsClient"/>: Azure.Core's retry, transport and diagnostics, plus a clock.</summary>
public sealed class AcsSmsClientOptions : ClientOptions
{
    /// <summary>The clock that dates each signed request (x-ms-date) and reads HTTP-date Retry-After values.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
