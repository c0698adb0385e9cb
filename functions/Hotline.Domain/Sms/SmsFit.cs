namespace Hotline.Domain.Sms;

/// <summary>Shortens the free-text parts of a message (summary, address) so that it fits one segment.</summary>
/// <remarks>
/// The fixed part (reference, time limit, how to reply) is never cut. When even the shortest free
/// parts cannot make the message fit, the full text is sent instead: a message of two segments that
/// says everything beats one that lost the address and still costs two.
/// </remarks>
internal static class SmsFit
{
    /// <summary>Characters a truncated part keeps at least, before its "…".</summary>
    public const int MinKept = 4;

    public const string Ellipsis = "…";

    public static string OneSegment(Func<string, string> render, string free) =>
        OneSegment(parts => render(parts[0]), free);

    public static string OneSegment(Func<string, string, string> render, string first, string second) =>
        OneSegment(parts => render(parts[0], parts[1]), first, second);

    private static string OneSegment(Func<string[], string> render, params string[] free)
    {
        var full = render(free);
        if (SmsSegments.Count(full) <= 1)
        {
            return full;
        }

        // No part can keep more than a whole segment, so starting there bounds the loop below.
        var kept = free.Select(f => Math.Min(f.Length, SmsSegments.Ucs2Single)).ToArray();
        while (true)
        {
            var longest = -1;
            for (var i = 0; i < kept.Length; i++)
            {
                if (kept[i] > MinKept && (longest < 0 || kept[i] > kept[longest]))
                {
                    longest = i;
                }
            }

            if (longest < 0)
            {
                return full;
            }

            kept[longest]--;
            var candidate = render(free.Select((f, i) => Shorten(f, kept[i])).ToArray());
            if (SmsSegments.Count(candidate) <= 1)
            {
                return candidate;
            }
        }
    }

    /// <summary>The first <paramref name="keep"/> chars and "…", never splitting a surrogate pair.</summary>
    public static string Shorten(string text, int keep)
    {
        if (keep >= text.Length)
        {
            return text;
        }

        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }
}
