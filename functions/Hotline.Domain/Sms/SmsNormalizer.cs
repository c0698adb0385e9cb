namespace Hotline.Domain.Sms;

/// <summary>
/// Folds what phones type into what the grammar reads. Every mapping is one char to one char, so an
/// index into a normalised string is an index into the original: the parser reads the normalised
/// text and cuts the free text out of a lightly normalised copy at the same positions.
/// </summary>
internal static class SmsNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>All full-width ASCII variants (Ａ, ０, ：, ，, ？ …) and the ideographic space become ASCII.</summary>
    public static string ForParsing(string text) => Map(text, static c => true);

    /// <summary>Only full-width letters, digits and spaces become ASCII; Chinese punctuation in notes stays as typed.</summary>
    public static string ForDisplay(string text) => Map(text, char.IsLetterOrDigit);

    /// <summary>
    /// Separators between verb, reference and text: blanks and the punctuation people put there
    /// (，。：；、！ after folding). <c>?</c> is not one: <c>收到?</c> is a question, not an acknowledgement.
    /// </summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or ':' or ';' or '!' or '、' or '。';

    public static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && IsSeparator(text[position]))
        {
            position++;
        }

        return position;
    }

    public static string TrimSeparators(string text)
    {
        var start = SkipSeparators(text, 0);
        var end = text.Length;
        while (end > start && IsSeparator(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static string Map(string text, Func<char, bool> foldWhen) => string.Create(text.Length, (text, foldWhen), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = state.text[i];
            span[i] = c switch
            {
                IdeographicSpace => ' ',
                >= FullWidthFirst and <= FullWidthLast when state.foldWhen((char)(c - FullWidthOffset)) => (char)(c - FullWidthOffset),
                _ => c,
            };
        }
    });
}
