using System.Diagnostics.CodeAnalysis;
using System.Text;
using Hotline.Domain.Search;

namespace Hotline.Domain.Callers;

/// <summary>
/// A phone number in E.164 (<c>+8613812345678</c>). Numbers written the way callers and staff write them
/// in China are normalised with +86 as the default country: <c>138 1234 5678</c>, <c>0086-138…</c>,
/// a landline with its area code <c>010-12345678</c> (the trunk 0 is dropped), full-width digits <c>１３８…</c> (folded by
/// <see cref="SearchText.FoldWidth"/>, as search folds them: intake, search and caller history read a number alike), and
/// <c>8613812345678</c> — a mobile with its country code but without the <c>+</c>, as SMS providers and copy-paste give it.
/// </summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string e164) => E164 = e164;

    public string E164 { get; }

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone, out var error) ? phone : throw new FormatException(error);

    public static bool TryParse(string? text, out PhoneNumber phone, [NotNullWhen(false)] out string? error)
    {
        phone = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a phone number is required";
            return false;
        }

        // Not string.Normalize(FormKC): the hosts run with invariant globalization, where it leaves full-width digits as they are.
        var trimmed = SearchText.FoldWidth(text).Trim();
        var international = trimmed.StartsWith('+');
        var digits = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '+'))
            {
                error = $"'{text}' is not a phone number: unexpected character '{c}'";
                return false;
            }
        }

        var d = digits.ToString();
        // Counted before the country code is added, so the message speaks of the digits the caller actually typed.
        var typed = d.Length;
        if (!international && d.StartsWith("00", StringComparison.Ordinal))
        {
            d = d[2..];
            international = true;
        }

        if (!international && IsMobileWithCountryCode(d))
        {
            international = true;
        }

        if (!international)
        {
            d = d.StartsWith('0') ? "86" + d[1..] : "86" + d;
        }

        if (d.Length is < 8 or > 15)
        {
            error = $"'{text}' is not a phone number: {typed} digits (a mobile has 11, a landline its area code and number)";
            return false;
        }

        // Mainland mobiles are 1 + 10 digits; Beijing's landline area code (10) also starts with 1, so only 11-digit
        // runs starting 13–19 are held to the mobile length.
        if (d.StartsWith("86", StringComparison.Ordinal) && d.Length >= 4 && d[2] == '1' && d[3] != '0' && d.Length != 13)
        {
            error = $"'{text}' is not a mainland mobile number: mobile numbers have 11 digits";
            return false;
        }

        phone = new PhoneNumber("+" + d);
        return true;
    }

    public override string ToString() => E164;

    /// <summary>86 and a mainland mobile (1, then 3–9, then 9 digits): 13 digits no domestic number has.</summary>
    private static bool IsMobileWithCountryCode(string digits) =>
        digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal) && digits[3] is >= '3' and <= '9';
}
