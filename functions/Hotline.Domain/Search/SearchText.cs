using System.Text;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;

namespace Hotline.Domain.Search;

/// <summary>The text of a case that free-text search looks in, and the keys of the phone lookups; the stores index them at intake.</summary>
public static class SearchText
{
    /// <summary>Between fields, so that a needle never matches across two of them.</summary>
    public const char Separator = '\u001f';

    /// <summary>The longest index text kept per case; the details beyond it are not searched (a row stays lean).</summary>
    public const int MaxLength = 2_000;

    /// <summary>Caller name, address, property, summary, details and the upstream item's number, normalised.</summary>
    /// <remarks>Every one of these is fixed at intake (no trigger changes them), so the index is written once per case.</remarks>
    public static string Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var c = state.Caller;
        var text = string.Join(Separator, new[] { c.Name, c.Address, c.Property, state.Summary, state.Details, state.Upstream?.Number }.Where(f => !string.IsNullOrWhiteSpace(f)));
        var normalised = Normalise(text);
        return normalised.Length <= MaxLength ? normalised : normalised[..MaxLength];
    }

    /// <summary>Full-width letters, digits and signs folded to ASCII, lower case: matching ignores both.</summary>
    public static string Normalise(string text) => FoldWidth(text).ToLowerInvariant();

    /// <summary>
    /// Full-width forms (U+FF01–U+FF5E, the ideographic space) as their ASCII twins, by hand: the hosts run with invariant
    /// globalization, where <see cref="string.Normalize()"/> leaves non-ASCII text as it is.
    /// </summary>
    public static string FoldWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return folded.ToString();
    }

    public static bool Matches(string indexText, SearchTerm.ForText term)
    {
        ArgumentNullException.ThrowIfNull(indexText);
        ArgumentNullException.ThrowIfNull(term);
        return indexText.Contains(term.Needle, StringComparison.Ordinal);
    }

    /// <summary>The last four digits of the number, the key of the last-four lookup.</summary>
    public static string Tail(PhoneNumber phone) => phone.E164[^4..];
}
