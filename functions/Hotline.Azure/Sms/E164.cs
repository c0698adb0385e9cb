namespace Hotline.Azure.Sms;

/// <summary>Phone numbers in E.164 form: '+', country code, subscriber number; 15 digits at most.</summary>
public static class E164
{
    private const int MaxDigits = 15;
    private const int MinDigits = 7;

    /// <summary>True for a strict E.164 number such as <c>+8613812345678</c>.</summary>
    public static bool IsValid(string? number)
    {
        if (number is null || number.Length < MinDigits + 1 || number.Length > MaxDigits + 1 || number[0] != '+' || number[1] == '0')
        {
            return false;
        }

        return !number.AsSpan(1).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Lenient normalisation of a number as providers report it: keeps the digits, turns the international
    /// prefix 00 into '+', and adds the '+' that some payloads leave out (<c>8613812345678</c>).
    /// </summary>
    /// <returns>The normalised number, or null when the text holds no digits.</returns>
    public static string? Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits.TrimStart('0');
        }

        return digits.Length == 0 ? null : "+" + digits;
    }
}
