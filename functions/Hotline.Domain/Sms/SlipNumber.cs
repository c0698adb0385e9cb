using System.Text.RegularExpressions;

namespace Hotline.Domain.Sms;

/// <summary>
/// The service-slip number (服务单号, R-CL-1) written in a 完成: <c>单号:XXXX</c>, <c>单号XXXX</c>, <c>服务单号:XXXX</c> or
/// <c>SLIP:XXXX</c>, anywhere after the reference. The English form needs its colon so that a note
/// such as "slip 2 pipes" is not read as a slip number.
/// </summary>
internal static partial class SlipNumber
{
    public static IReadOnlyList<Match> Find(string parseRest) => Pattern().Matches(parseRest);

    /// <summary>The slip's value as written, full-width digits and letters already folded.</summary>
    public static string Value(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Groups["number"].Value;
    }

    /// <summary>
    /// Cuts the slip and the separators around it out of both aligned texts, leaving one blank between
    /// what was before and after it (<c>已修好，单号:5678，已签字</c> → <c>已修好 已签字</c>).
    /// </summary>
    public static (string Parse, string Display) Remove(string parseRest, string displayRest, Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var start = match.Index;
        while (start > 0 && SmsNormalizer.IsSeparator(parseRest[start - 1]))
        {
            start--;
        }

        var end = SmsNormalizer.SkipSeparators(parseRest, match.Index + match.Length);
        return (Join(parseRest, start, end), Join(displayRest, start, end));

        static string Join(string text, int start, int end) => string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end));
    }

    [GeneratedRegex(@"(?:服务)?单号\s*:?\s*(?<number>[A-Za-z0-9][A-Za-z0-9-]*)|(?<![A-Za-z0-9])SLIP\s*:\s*(?<number>[A-Za-z0-9][A-Za-z0-9-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
