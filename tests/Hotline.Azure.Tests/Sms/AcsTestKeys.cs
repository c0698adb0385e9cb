using System.Text;

namespace Hotline.Azure.Tests.Sms;

internal static class AcsTestKeys
{
    /// <summary>The 32 ASCII bytes "hotline-test-access-key-32-bytes".</summary>
    public static readonly byte[] Key = Encoding.ASCII.GetBytes("hotline-test-access-key-32-bytes");

    public const string KeyBase64 = "aG90bGluZS10ZXN0LWFjY2Vzcy1rZXktMzItYnl0ZXM=";

    public static readonly byte[] OtherKey = Encoding.ASCII.GetBytes("someone-elses-access-key-32bytes");

    /// <summary>Tuesday 1 December 2026, 02:03:04 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 3, 4, TimeSpan.Zero);

    public const string NowRfc1123 = "Tue, 01 Dec 2026 02:03:04 GMT";
}
