using System.Buffers.Text;
using System.Text;

namespace Hotline.Azure.Storage;

/// <summary>
/// The list's continuation token as callers see it: the service's continuation keys, wrapped in a versioned, URL-safe
/// envelope. The service itself accepts any partition key as a place to continue from (so "zzz" would silently answer an
/// empty page); the envelope lets the store refuse a token it did not issue with a <see cref="FormatException"/>.
/// </summary>
internal static class ListToken
{
    private const string Prefix = "c1.";

    public static string? Write(string? serviceToken) =>
        serviceToken is null ? null : Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(serviceToken));

    /// <exception cref="FormatException">Not a token this store issued.</exception>
    public static string Read(string token)
    {
        if (token.StartsWith(Prefix, StringComparison.Ordinal) && token.Length <= 4096)
        {
            try
            {
                return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(Prefix.Length)));
            }
            catch (FormatException)
            {
                // reported below
            }
        }

        throw new FormatException($"'{token}' is not a continuation token of this list.");
    }
}
