using System.Text;
using Hotline.Domain.Callers;
using Hotline.Domain.Search;

namespace Hotline.Domain.Privacy;

public static partial class Mask
{
    /// <summary>Room numbers shorter than this are not looked for alone in free text: "2" or "12" would hit dates and counts.</summary>
    private const int MinRoomNumberLength = 3;

    /// <summary>
    /// Free text about a case as a reader with no part in it may read it (R-PV-1) — the one masking every view, the outbox,
    /// the forms and the reports use. Masked wherever they appear, however their digits are written (full-width or not):
    /// the caller's full address and property (as <see cref="Address"/> masks the fields), the home part of the address
    /// (<c>1201室漏水</c> under the address <c>阳光花园3栋1201</c>, and each 3+ character number in it on its own), the
    /// caller's name (<see cref="Name"/>), and every phone-like number (<see cref="Text"/>).
    /// </summary>
    /// <remarks>
    /// The text is searched once for every piece, longest first, and a piece found inside a longer one already masked is
    /// left alone — so the order of the replacements cannot break one another (the room inside the address, the property
    /// inside the address). A piece that starts or ends with a number matches only as a whole number: <c>1201</c> is not masked inside
    /// <c>11201</c>, nor <c>3栋1201</c> inside <c>13栋1201</c>.
    /// </remarks>
    public static string AboutCaller(string text, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(caller);
        var folded = SearchText.FoldWidth(text);
        var taken = new bool[text.Length];
        var spans = new List<(int Start, int Length, string Replacement)>();
        foreach (var piece in Pieces(caller).OrderByDescending(p => p.Needle.Length))
        {
            for (var at = folded.IndexOf(piece.Needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(piece.Needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + piece.Needle.Length;
                if (!StandsAlone(folded, at, end) || taken.AsSpan(at, piece.Needle.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(at, piece.Needle.Length).Fill(true);
                spans.Add((at, piece.Needle.Length, piece.Replacement));
            }
        }

        var masked = new StringBuilder(text.Length);
        var next = 0;
        foreach (var (start, length, replacement) in spans.OrderBy(s => s.Start))
        {
            masked.Append(text, next, start - next).Append(replacement);
            next = start + length;
        }

        masked.Append(text, next, text.Length - next);
        return Text(masked.ToString());
    }

    /// <summary>What to look for (width-folded) and what replaces it.</summary>
    private static IEnumerable<(string Needle, string Replacement)> Pieces(Caller caller)
    {
        foreach (var place in new[] { caller.Address, caller.Property }.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var masked = Address(place);
            if (!string.Equals(masked, place.Trim(), StringComparison.Ordinal))
            {
                yield return (SearchText.FoldWidth(place.Trim()), masked);
            }

            if (HomePart(place) is { Length: > 0 } home)
            {
                yield return (SearchText.FoldWidth(home), MaskedRoom);
                foreach (var number in NumberRuns(SearchText.FoldWidth(home)).Where(n => n.Length >= MinRoomNumberLength))
                {
                    yield return (number, MaskedRoom);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(caller.Name))
        {
            yield return (SearchText.FoldWidth(caller.Name.Trim()), Name(caller.Name));
        }
    }

    private static IEnumerable<string> NumberRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && IsNumberChar(text[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>A piece that starts or ends with a number is not part of a longer number: <c>1201</c> is not in <c>11201</c>.</summary>
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !IsNumberChar(text[start]) || !IsNumberChar(text[start - 1]))
        && (end == text.Length || !IsNumberChar(text[end - 1]) || !IsNumberChar(text[end]));
}
