using System.Security.Cryptography;
using System.Text;

namespace Hotline.Azure.Sms;

/// <summary>RFC 4122 version-5 (name-based, SHA-1) identifiers: the same name always gives the same Guid.</summary>
public static class NameBasedGuid
{
    /// <summary>Namespace for repeatability ids of Hotline SMS outbox rows; fixed forever, or retries lose their idempotency.</summary>
    public static readonly Guid SmsOutboxNamespace = new("4f1d7a52-0c3e-4b8e-9a61-3d2b7c9e5f10");

    /// <summary>The ACS repeatabilityRequestId for an outbox row: every retry of the row sends the same id.</summary>
    public static Guid ForSmsOutbox(string outboxId) => Create(SmsOutboxNamespace, outboxId);

    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        // SHA-1 is what RFC 4122 prescribes for version 5; the result identifies, it protects nothing.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
