using System.Security.Cryptography;
using System.Text;

namespace Hotline.Service.Directory;

/// <summary>Per-staff API keys: random, shown once, stored only as a SHA-256 hash.</summary>
public static class ApiKeys
{
    public static string NewKey() => "hk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
