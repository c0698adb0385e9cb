namespace Hotline.Domain.Sms;

/// <summary>
/// Parses a staff reply into a <see cref="SmsCommand"/>. The grammar is closed:
/// <c>&lt;verb&gt; [ref] [text]</c> or <c>&lt;ref&gt; &lt;verb&gt; [text]</c>; anything else is refused with a help reply.
/// </summary>
/// <remarks>
/// Boundary rule: a verb counts only when what follows it is the end of the message, a separator
/// (blank, ，。：；、！ or their ASCII forms), a digit or <c>#</c>. So <c>收到 0042</c>, <c>收到0042</c>,
/// <c>收到。</c> are acknowledgements while <c>收到了吗</c>, <c>收到?</c>, <c>OKAY</c>, <c>确认收到</c> are not.
/// Chinese has no spaces, so a verb glued to a digit is accepted, but a verb glued to words never is;
/// in particular a note needs a blank after the verb when no reference is written (<c>进展 水已停</c>).
/// The longest keyword wins (已到达 over 已到); case is ignored; full-width forms are folded first.
/// </remarks>
public static class SmsCommandParser
{
    public static SmsParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parse = SmsNormalizer.ForParsing(text);
        var display = SmsNormalizer.ForDisplay(text);

        var position = SmsNormalizer.SkipSeparators(parse, 0);
        if (position == parse.Length)
        {
            return SmsParseFailures.Empty();
        }

        SmsReference? leading = null;
        if (SmsReferenceReader.StartsReference(parse, position))
        {
            if (!SmsReferenceReader.TryRead(parse, position, out leading, out var afterRef, out var token))
            {
                return SmsParseFailures.MalformedReference(token);
            }

            position = SmsNormalizer.SkipSeparators(parse, afterRef);
            if (position == parse.Length)
            {
                return SmsParseFailures.MissingVerb(leading);
            }

            if (SmsReferenceReader.StandsAlone(parse, position))
            {
                return SmsParseFailures.TwoReferences(null, leading);
            }
        }

        var match = MatchVerb(parse, position);
        if (match.Verb is not { } verb)
        {
            return match.Glued is { } glued
                ? SmsParseFailures.VerbNotSeparated(glued.Keyword, glued.Verb, leading)
                : SmsParseFailures.UnknownVerb(FirstWord(display, position), leading);
        }

        position = SmsNormalizer.SkipSeparators(parse, position + match.Length);
        var reference = leading;
        if (leading is null && SmsReferenceReader.StartsReference(parse, position))
        {
            if (!SmsReferenceReader.TryRead(parse, position, out reference, out var afterRef, out var token))
            {
                return SmsParseFailures.MalformedReference(token);
            }

            position = SmsNormalizer.SkipSeparators(parse, afterRef);
        }

        if (reference is not null && SmsReferenceReader.StandsAlone(parse, position))
        {
            return SmsParseFailures.TwoReferences(verb, reference);
        }

        return Complete(verb, reference, parse[position..], display[position..]);
    }

    private static SmsParseResult Complete(SmsVerb verb, SmsReference? reference, string parseRest, string displayRest)
    {
        string? slip = null;
        if (verb == SmsVerb.Done)
        {
            var slips = SlipNumber.Find(parseRest);
            if (slips.Count > 1)
            {
                return SmsParseFailures.TwoSlipNumbers(reference);
            }

            if (slips.Count == 1)
            {
                slip = SlipNumber.Value(slips[0]);
                (parseRest, displayRest) = SlipNumber.Remove(parseRest, displayRest, slips[0]);
            }
        }

        var text = Trim(parseRest, displayRest);
        if (!SmsVerbLexicon.TakesReference(verb) && reference is not null)
        {
            return SmsParseFailures.UnexpectedText(verb, reference);
        }

        return SmsVerbLexicon.RuleFor(verb) switch
        {
            TextRule.Required when text.Length == 0 => SmsParseFailures.TextRequired(verb, reference),
            TextRule.None when text.Length > 0 => SmsParseFailures.UnexpectedText(verb, reference),
            _ when verb == SmsVerb.HandOver => HandOverWords.Read(reference, text),
            _ => SmsParseResult.Success(new SmsCommand(verb, reference, text.Length == 0 ? null : text, slip)),
        };
    }

    /// <summary>The longest keyword that ends on a boundary; else the longest one glued to other words.</summary>
    private static (SmsVerb? Verb, int Length, (string Keyword, SmsVerb Verb)? Glued) MatchVerb(string text, int position)
    {
        (string, SmsVerb)? glued = null;
        foreach (var (keyword, verb) in SmsVerbLexicon.Keywords)
        {
            if (!text.AsSpan(position).StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = position + keyword.Length;
            if (end == text.Length || SmsNormalizer.IsSeparator(text[end]) || SmsReferenceReader.StartsReference(text, end))
            {
                return (verb, keyword.Length, null);
            }

            glued ??= (text.Substring(position, keyword.Length), verb);
        }

        return (null, 0, glued);
    }

    /// <summary>Trims separators found in the parse text off the display text, at the same positions.</summary>
    private static string Trim(string parseRest, string displayRest)
    {
        var start = SmsNormalizer.SkipSeparators(parseRest, 0);
        var end = parseRest.Length;
        while (end > start && SmsNormalizer.IsSeparator(parseRest[end - 1]))
        {
            end--;
        }

        return displayRest[start..end];
    }

    private static string FirstWord(string display, int position)
    {
        var end = position;
        while (end < display.Length && !char.IsWhiteSpace(display[end]))
        {
            end++;
        }

        return display[position..end];
    }
}
