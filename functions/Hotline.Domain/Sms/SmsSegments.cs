namespace Hotline.Domain.Sms;

/// <summary>How many SMS segments a text costs (carriers bill per segment; ACS reports the same count).</summary>
public static class SmsSegments
{
    public const int Gsm7Single = 160;
    public const int Gsm7PerPart = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2PerPart = 67;

    // GSM 03.38 basic character set (the escape code 0x1B itself is not a character a text can contain).
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Extension table: each costs an escape plus the character, two septets.
    private const string Gsm7Extension = "\f^{}\\[~]|€";

    public static SmsEncoding Encoding(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Gsm7Basic.Contains(c, StringComparison.Ordinal) && !Gsm7Extension.Contains(c, StringComparison.Ordinal))
            {
                return SmsEncoding.Ucs2;
            }
        }

        return SmsEncoding.Gsm7;
    }

    /// <summary>Segments needed to send <paramref name="text"/>; an empty text needs none.</summary>
    /// <remarks>
    /// Parts are filled greedily the way handsets split them: an escaped GSM character or a UTF-16
    /// surrogate pair is never cut across two parts, so a part may carry one unit less than its maximum.
    /// </remarks>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        return Encoding(text) == SmsEncoding.Gsm7
            ? CountParts(text, Gsm7Single, Gsm7PerPart, GsmSymbol)
            : CountParts(text, Ucs2Single, Ucs2PerPart, Utf16Symbol);
    }

    /// <summary>Encoding units of the text: septets for GSM-7, UTF-16 code units for UCS-2.</summary>
    public static int Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encoding(text) == SmsEncoding.Gsm7 ? Sum(text, GsmSymbol) : text.Length;
    }

    /// <summary>The indivisible symbol at <paramref name="index"/>: its encoding units and how many chars it spans.</summary>
    private delegate (int Units, int Chars) SymbolAt(string text, int index);

    private static (int Units, int Chars) GsmSymbol(string text, int index) =>
        (Gsm7Extension.Contains(text[index], StringComparison.Ordinal) ? 2 : 1, 1);

    // A surrogate pair (emoji, rare CJK) is two UTF-16 units that cannot be split; a lone surrogate is one.
    private static (int Units, int Chars) Utf16Symbol(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? (2, 2) : (1, 1);

    private static int Sum(string text, SymbolAt symbolAt)
    {
        var total = 0;
        for (var i = 0; i < text.Length;)
        {
            var (units, chars) = symbolAt(text, i);
            total += units;
            i += chars;
        }

        return total;
    }

    private static int CountParts(string text, int single, int perPart, SymbolAt symbolAt)
    {
        if (Sum(text, symbolAt) <= single)
        {
            return 1;
        }

        var parts = 1;
        var used = 0;
        for (var i = 0; i < text.Length;)
        {
            var (units, chars) = symbolAt(text, i);
            if (used + units > perPart)
            {
                parts++;
                used = 0;
            }

            used += units;
            i += chars;
        }

        return parts;
    }
}
