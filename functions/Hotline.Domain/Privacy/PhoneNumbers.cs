using System.Text;

namespace Hotline.Domain.Privacy;

/// <summary>Reduces a phone number as written to its national digits.</summary>
internal static class PhoneNumbers
{
    private const string ChinaCode = "86";

    // ITU-T E.164 country codes of one and two digits; every other code has three.
    private static readonly HashSet<string> ShortCountryCodes = new(StringComparer.Ordinal)
    {
        "1", "7",
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
        "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    };

    /// <summary>
    /// The national number: international forms (<c>+</c> or <c>00</c>) lose their country code, and so does
    /// a bare <c>86</c> in front of a Chinese mobile number (inbound SMS events may drop the <c>+</c>).
    /// Full-width and other Unicode digits count as digits.
    /// </summary>
    public static string National(string phone)
    {
        var trimmed = phone.TrimStart();
        var international = trimmed.StartsWith('+') || trimmed.StartsWith('＋') || trimmed.StartsWith("00", StringComparison.Ordinal);
        var digits = Digits(phone);
        if (international)
        {
            if (trimmed.StartsWith("00", StringComparison.Ordinal))
            {
                digits = digits[2..];
            }

            var codeLength = CountryCodeLength(digits);
            return digits[..codeLength] == ChinaCode ? WithTrunkPrefix(digits[codeLength..]) : digits[codeLength..];
        }

        // 86 + an 11-digit mobile number starting with 1.
        return digits.Length == 13 && digits.StartsWith(ChinaCode + "1", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    /// <summary>
    /// E.164 drops the trunk 0 of Chinese landlines (<c>+861012345678</c>); people read them with it
    /// (<c>01012345678</c>). Mobile numbers (11 digits starting with 1) have none.
    /// </summary>
    private static string WithTrunkPrefix(string national) =>
        national.Length == 0 || (national.Length == 11 && national[0] == '1') ? national : "0" + national;

    private static int CountryCodeLength(string digits)
    {
        for (var length = 1; length <= 2; length++)
        {
            if (digits.Length > length && ShortCountryCodes.Contains(digits[..length]))
            {
                return length;
            }
        }

        return Math.Min(3, digits.Length);
    }

    private static string Digits(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
        }

        return digits.ToString();
    }
}
