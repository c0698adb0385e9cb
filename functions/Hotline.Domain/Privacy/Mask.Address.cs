namespace Hotline.Domain.Privacy;

public static partial class Mask
{
    /// <summary>Words that end the building part of an address (号楼 before 楼, so the longer one wins where both fit).</summary>
    private static readonly string[] BuildingMarkers = ["号楼", "单元", "栋", "幢", "座", "楼"];

    /// <summary>What people write between a building and its room: <c>3栋-1201</c>, <c>3栋 1201</c>, <c>A座#1203</c>.</summary>
    private const string RoomSeparators = " -#－—　";

    /// <summary>After a number, the words that make it a house or room number in an address without a building marker.</summary>
    private const string HomeNumberEnds = "号室层户房";

    private const string ChineseNumerals = "〇零一二三四五六七八九十百";

    private const string MaskedRoom = "****";

    /// <summary>
    /// Masks the home part of an address (R-PV-1), keeping what locates the building: <c>阳光花园3栋2单元1501</c> →
    /// <c>阳光花园3栋****</c>, <c>翠苑小区3号楼2单元502室</c> → <c>翠苑小区3号楼****</c>, <c>人民路二十五号</c> → <c>人民路****</c>.
    /// </summary>
    /// <remarks>
    /// The rule: the address is cut at the end of the first building marker (号楼, 单元, 栋, 幢, 座, 楼) that is followed by
    /// a number — Arabic, full-width or Chinese (〇一二…九十百), after an optional space, dash or # — so the estate and the
    /// building stay and unit, floor and room all become four stars (<c>3栋12楼1201</c> → <c>3栋****</c>): neither floor
    /// nor room nor their length shows. Where no marker is followed by a number, a number after the last marker is still
    /// a home (<c>3栋东1201</c> → <c>3栋****</c>); a tail without one (<c>5栋楼道</c>) is a place, not a home, and stays.
    /// An address without any marker keeps its text up to its first number (<c>人民路25号</c> → <c>人民路****</c>); there a
    /// Chinese numeral counts only as a house number — at the end or before 号, 室, 层, 户 or 房 — so <c>一品花园</c>, which
    /// names no home, stays whole. Property names (小区 / 楼盘) go through the same rule.
    /// </remarks>
    public static string Address(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.Trim();
        var cut = HomeStart(text);
        return cut < 0 ? text : text[..cut] + MaskedRoom;
    }

    /// <summary>The home part of an address that <see cref="Address"/> masks (<c>3栋12楼1201</c> → <c>12楼1201</c>), or null.</summary>
    internal static string? HomePart(string address)
    {
        var text = address.Trim();
        var cut = HomeStart(text);
        return cut < 0 ? null : text[cut..].TrimStart(RoomSeparators.ToCharArray());
    }

    /// <summary>Where the masked part starts, or -1 when the address names no home.</summary>
    private static int HomeStart(string text)
    {
        var lastMarkerEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var marker = Array.Find(BuildingMarkers, m => string.CompareOrdinal(text, i, m, 0, m.Length) == 0);
            if (marker is null)
            {
                continue;
            }

            var end = i + marker.Length;
            if (NumberFollows(text, end))
            {
                return end;
            }

            lastMarkerEnd = end;
            i = end - 1;
        }

        if (lastMarkerEnd >= 0)
        {
            return text.AsSpan(lastMarkerEnd).ContainsAny(NumberChars) ? lastMarkerEnd : -1;
        }

        return FirstHouseNumber(text);
    }

    private static bool NumberFollows(string text, int at)
    {
        while (at < text.Length && RoomSeparators.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        return at < text.Length && IsNumberChar(text[at]);
    }

    /// <summary>The first Arabic or full-width digit, or the first Chinese-numeral run that ends the text or a house number.</summary>
    private static int FirstHouseNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsArabicDigit(text[i]))
            {
                return i;
            }

            if (ChineseNumerals.Contains(text[i], StringComparison.Ordinal))
            {
                var end = i;
                while (end < text.Length && ChineseNumerals.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                if (end == text.Length || HomeNumberEnds.Contains(text[end], StringComparison.Ordinal) || IsArabicDigit(text[end]))
                {
                    return i;
                }

                i = end - 1;
            }
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> NumberChars =
        System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９" + ChineseNumerals);

    private static bool IsArabicDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static bool IsNumberChar(char c) => IsArabicDigit(c) || ChineseNumerals.Contains(c, StringComparison.Ordinal);
}
