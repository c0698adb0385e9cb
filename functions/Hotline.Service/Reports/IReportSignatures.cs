namespace Hotline.Service.Reports;

/// <summary>The manager's monthly comment and signature on the summary (R-RP-1), kept once per profile and month.</summary>
public interface IReportSignatures
{
    Task<MonthlySignature?> GetAsync(string profileId, int year, int month, CancellationToken cancellationToken);

    /// <summary>False when the month was signed already: a summary is signed once.</summary>
    Task<bool> TryAddAsync(MonthlySignature signature, CancellationToken cancellationToken);
}

public sealed record MonthlySignature(string ProfileId, int Year, int Month, string ManagerId, string Comment, DateTimeOffset SignedUtc);

public sealed class InMemoryReportSignatures : IReportSignatures
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), MonthlySignature> _signatures = new();

    public Task<MonthlySignature?> GetAsync(string profileId, int year, int month, CancellationToken cancellationToken) =>
        Task.FromResult(_signatures.GetValueOrDefault((profileId, year, month)));

    public Task<bool> TryAddAsync(MonthlySignature signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return Task.FromResult(_signatures.TryAdd((signature.ProfileId, signature.Year, signature.Month), signature));
    }
}
