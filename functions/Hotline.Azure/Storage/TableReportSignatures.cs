using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Hotline.Service.Reports;

namespace Hotline.Azure.Storage;

/// <summary>Monthly signatures in <c>{prefix}Signatures</c>: partition = profile, row = yyyy-MM; inserting is signing once.</summary>
public sealed class TableReportSignatures(TableServiceClient service, string prefix) : IReportSignatures
{
    private readonly TableClient _table = service.GetTableClient(prefix + "Signatures");

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<MonthlySignature?> GetAsync(string profileId, int year, int month, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Validate(profileId, nameof(profileId)), Month(year, month), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e
                    ? new MonthlySignature(profileId, year, month, e.GetString("ManagerId")!, e.GetString("Comment")!, e.GetDateTimeOffset("SignedUtc")!.Value)
                    : null;
            },
            cancellationToken);

    public Task<bool> TryAddAsync(MonthlySignature signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        TableKeys.Validate(signature.ProfileId, nameof(signature.ProfileId));
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _table.AddEntityAsync(
                        new TableEntity(signature.ProfileId, Month(signature.Year, signature.Month))
                        {
                            ["ManagerId"] = signature.ManagerId,
                            ["Comment"] = signature.Comment,
                            ["SignedUtc"] = signature.SignedUtc,
                        },
                        cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
