using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Callers;

namespace Hotline.Azure.Storage;

/// <summary>
/// The key of a caller's search partition: <c>phone-</c> and the first 128 bits of HMAC-SHA256(deployment secret, E.164
/// number) in hex. Table keys travel in request URLs (the upsert's entity path, a query's <c>$filter</c>), so they end up
/// in storage analytics logs and in the SDK's request logging; a caller's number must not (R-PV-1). A keyed hash and not a
/// plain one: the phone numbers of a country are few enough (~10^11) that an unkeyed SHA-256 is reversed by trying them
/// all; without the secret, the key tells nothing, while the same number still always lands in the same partition.
/// 128 bits keep two callers from ever sharing a partition by accident.
/// </summary>
internal sealed class PhoneKeys
{
    /// <summary>The settings row that keeps a generated secret, in the counters table (PartitionKey <c>settings</c>).</summary>
    public const string SettingsPartition = "settings";

    public const string SecretRowKey = "search-index-key";

    private const string SecretColumn = "Key";

    /// <summary>The shortest configured secret accepted: a short word would be guessed with the numbers.</summary>
    public const int MinSecretLength = 16;

    private readonly byte[] _secret;

    private PhoneKeys(byte[] secret) => _secret = secret;

    public string Partition(PhoneNumber phone) =>
        "phone-" + Convert.ToHexString(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(phone.E164)).AsSpan(0, 16));

    /// <exception cref="ArgumentException">The configured secret is shorter than <see cref="MinSecretLength"/>.</exception>
    public static PhoneKeys Configured(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Trim().Length >= MinSecretLength
            ? new PhoneKeys(Encoding.UTF8.GetBytes(secret.Trim()))
            : throw new ArgumentException($"The search index key (Hotline:IndexKey) needs at least {MinSecretLength} characters.", nameof(secret));
    }

    /// <summary>
    /// The deployment's generated secret: read from the settings row, or made (32 random bytes) and added there when
    /// there is none. Add-if-absent, so two hosts starting together agree on the one that landed first.
    /// </summary>
    public static async Task<PhoneKeys> StoredAsync(TableClient settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var row = await settings.GetEntityIfExistsAsync<TableEntity>(SettingsPartition, SecretRowKey, [SecretColumn], cancellationToken);
            if (row.HasValue && row.Value!.GetBinary(SecretColumn) is { Length: > 0 } stored)
            {
                return new PhoneKeys(stored);
            }

            try
            {
                var made = RandomNumberGenerator.GetBytes(32);
                await settings.AddEntityAsync(new TableEntity(SettingsPartition, SecretRowKey) { [SecretColumn] = made }, cancellationToken);
                return new PhoneKeys(made);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another host made it first: read theirs.
            }
        }

        throw new InvalidOperationException("The search index key could not be read or made.");
    }
}
