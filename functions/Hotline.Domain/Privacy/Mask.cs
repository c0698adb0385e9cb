using System.Text;
using System.Text.RegularExpressions;
using Hotline.Domain.Callers;

namespace Hotline.Domain.Privacy;

/// <summary>
/// Masks owner data for places where the people reading it have no part in the case: logs,
/// reports, SMS to other staff (R-PV-1). Masking is one-way; the clear value stays in the case.
/// </summary>
public static partial class Mask
{
    private const int MobileLength = 11;
    private const int KeptHead = 3;
    private const int KeptTail = 4;
    private const int ShortKeptTail = 2;

    /// <summary>
    /// <c>+8613812345678</c> → <c>138****5678</c>: the country code is dropped (a Chinese landline gets its
    /// trunk 0 back: <c>+861012345678</c> → <c>010****5678</c>), numbers of 11+ digits keep their first 3
    /// and last 4, shorter ones only their last 2; input without digits becomes <c>***</c>.
    /// </summary>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var national = PhoneNumbers.National(phone);
        if (national.Length == 0)
        {
            return "***";
        }

        if (national.Length >= MobileLength)
        {
            return string.Concat(national.AsSpan(0, KeptHead), new string('*', national.Length - KeptHead - KeptTail), national.AsSpan(national.Length - KeptTail));
        }

        var tail = national.Length > ShortKeptTail ? ShortKeptTail : 0;
        return string.Concat(new string('*', national.Length - tail), national.AsSpan(national.Length - tail));
    }

    /// <inheritdoc cref="Phone(string)"/>
    public static string Phone(PhoneNumber phone) => Phone(phone.E164);

    /// <summary>
    /// <c>张三丰</c> → <c>张**</c>, <c>Li Lei</c> → <c>L*****</c>: the first character and one star per
    /// remaining character (text elements, so a name with a rare CJK character outside the BMP is not split).
    /// </summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(trimmed);
        if (!enumerator.MoveNext())
        {
            return string.Empty;
        }

        var masked = new StringBuilder(enumerator.GetTextElement());
        while (enumerator.MoveNext())
        {
            masked.Append('*');
        }

        return masked.ToString();
    }

    /// <summary>
    /// Masks every phone-like number in free text (for logs): runs of 7+ digits, with or without
    /// <c>+</c>, and the usual written forms <c>138-1234-5678</c>, <c>138 1234 5678</c>, <c>010-12345678</c>.
    /// Case ids (<c>20261122-0042</c>) are left alone: they are not personal and logs need them.
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhoneLike().Replace(text, m => m.Groups["caseid"].Success ? m.Value : Phone(m.Value));
    }

    [GeneratedRegex(
        @"(?<!\d)(?:(?<caseid>\d{8}-\d{4,})|(?:\+?86[ -]?)?1\d{2}[ -]\d{4}[ -]\d{4}|0\d{2,3}-\d{7,8}|\+?\d{7,})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLike();
}
