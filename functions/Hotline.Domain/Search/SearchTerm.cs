using Hotline.Domain.Callers;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Search;

/// <summary>
/// What a dispatcher typed in the search box, read the way a 12345 desk reads it: a case id, a caller's full phone number
/// (any written form, normalised to E.164), exactly four digits (the last four of a caller's phone, or a case's short
/// reference <c>0042</c>), five or six digits (the reference of a case numbered above 9,999 on a busy day), otherwise text looked for in the caller's name, address, property, the summary, the details and
/// the upstream item's number, ignoring case.
/// </summary>
public abstract record SearchTerm
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    private const int TailLength = 4;

    /// <summary>A day's sequence above 9,999 is written with more digits (<see cref="CaseId.Create"/>); a phone needs at least seven.</summary>
    private const int MaxReferenceLength = 6;
    private const int MinPhoneDigits = 7;

    private SearchTerm()
    {
    }

    public sealed record ForCase(CaseId Id) : SearchTerm;

    public sealed record ForPhone(PhoneNumber Phone) : SearchTerm;

    /// <summary>Four digits: a phone's last four or a case reference, both looked up; five or six: a case reference (<c>10000</c>).</summary>
    public sealed record ForLastDigits(string Digits) : SearchTerm;

    /// <param name="Needle">Normalised (<see cref="SearchText.Normalise"/>): matched against <see cref="SearchText.Of"/>.</param>
    public sealed record ForText(string Needle) : SearchTerm;

    /// <summary>Reads the text; null with a reason when it is empty, too short or too long.</summary>
    public static SearchTerm? Parse(string? text, out string? error)
    {
        error = null;
        var trimmed = SearchText.FoldWidth(text ?? string.Empty).Trim();
        if (trimmed.Length is < MinLength or > MaxLength)
        {
            error = $"Search text of {MinLength} to {MaxLength} characters (got {trimmed.Length}).";
            return null;
        }

        if (CaseId.TryParse(trimmed, out var id))
        {
            return new ForCase(id);
        }

        if (trimmed.Length is >= TailLength and <= MaxReferenceLength && trimmed.All(char.IsAsciiDigit))
        {
            return new ForLastDigits(trimmed);
        }

        if (LooksLikePhone(trimmed) && PhoneNumber.TryParse(trimmed, out var phone, out _))
        {
            return new ForPhone(phone);
        }

        return new ForText(SearchText.Normalise(trimmed));
    }

    private static bool LooksLikePhone(string text) =>
        text.Count(char.IsAsciiDigit) >= MinPhoneDigits && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.');
}
