using System.Text.RegularExpressions;

namespace Hotline.Testing;

/// <summary>Table names no other test uses, so tests can share one Azurite without seeing each other's data.</summary>
public static partial class UniqueTableName
{
    /// <summary>
    /// <paramref name="prefix"/> followed by 32 random hex digits: a valid table name (a letter first, letters
    /// and digits only, at most 63 characters).
    /// </summary>
    /// <exception cref="ArgumentException">The prefix does not start with a letter, holds other than letters and digits, or is over 31 characters.</exception>
    public static string Create(string prefix = "t")
    {
        if (!PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException("The prefix must be 1–31 letters or digits, starting with a letter.", nameof(prefix));
        }

        return prefix + Guid.NewGuid().ToString("N");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
