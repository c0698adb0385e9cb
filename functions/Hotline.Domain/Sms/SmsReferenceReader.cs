using System.Diagnostics.CodeAnalysis;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Sms;

/// <summary>
/// Reads a reference at a position of normalised text: <c>0042</c>, <c>#0042</c> (4+ digits) or
/// <c>20261122-0042</c> (a valid <see cref="CaseId"/>: a real date, a dash, 4–8 digits).
/// </summary>
/// <remarks>
/// Whatever starts with a digit or <c>#</c> in a reference slot must be a valid reference, else the
/// message is refused: reading <c>完成 004</c> as a note and closing the sender's only task would be a guess.
/// A reference ends at the end of the text, a separator or a non-Latin character (<c>完成0042已修好</c>);
/// a Latin letter, digit, dash or <c>#</c> right after it makes the token malformed (<c>0042-5</c>, <c>0042a</c>).
/// </remarks>
internal static class SmsReferenceReader
{
    private const int MinSequenceDigits = 4;
    private const int DateDigits = 8;

    public static bool StartsReference(string text, int position) =>
        position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '#');

    /// <summary>Reads the reference at <paramref name="position"/>; on failure <paramref name="token"/> is what was written.</summary>
    public static bool TryRead(string text, int position, [NotNullWhen(true)] out SmsReference? reference, out int end, out string token)
    {
        reference = null;
        var start = position;
        if (position < text.Length && text[position] == '#')
        {
            position++;
        }

        var digitsEnd = SkipDigits(text, position);
        var digits = digitsEnd - position;
        end = digitsEnd;
        if (digits == DateDigits && digitsEnd + 1 < text.Length && text[digitsEnd] == '-')
        {
            var sequenceEnd = SkipDigits(text, digitsEnd + 1);
            if (sequenceEnd - (digitsEnd + 1) >= MinSequenceDigits && CaseId.TryParse(text[position..sequenceEnd], out var caseId))
            {
                end = sequenceEnd;
                reference = SmsReference.FromCaseId(caseId.Value);
            }
        }
        else if (digits >= MinSequenceDigits)
        {
            reference = SmsReference.FromSequence(text[position..digitsEnd]);
        }

        if (reference is not null && (end == text.Length || !IsTokenChar(text[end])))
        {
            token = text[start..end];
            return true;
        }

        reference = null;
        end = start;
        while (end < text.Length && IsTokenChar(text[end]))
        {
            end++;
        }

        token = text[start..end];
        return false;
    }

    /// <summary>
    /// True when a second reference stands at <paramref name="position"/> on its own (<c>0043</c>, <c>#0043</c>,
    /// a full id), as opposed to digits that begin a note (<c>2025年</c>, <c>3人</c>).
    /// </summary>
    public static bool StandsAlone(string text, int position)
    {
        if (!StartsReference(text, position) || !TryRead(text, position, out var reference, out var end, out _))
        {
            return false;
        }

        return text[position] == '#' || reference.IsFullId || end == text.Length || SmsNormalizer.IsSeparator(text[end]);
    }

    private static int SkipDigits(string text, int position)
    {
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '#';
}
