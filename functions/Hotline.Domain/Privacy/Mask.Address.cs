using System.Text;
using Hotline.Domain.Callers;

namespace Hotline.Domain.Privacy;

public static partial class Mask
{
    /// <summary>What is always written in full in an address: estate or street, building, unit (R-PV-1 masks only the room).</summary>
    private static readonly string[] BuildingMarkers = ["号楼", "单元", "栋", "幢", "座", "楼"];

    private const string MaskedRoom = "****";

    /// <summary>
    /// Masks the room of an address (R-PV-1), keeping what locates the building: <c>阳光花园3栋2单元1501</c> →
    /// <c>阳光花园3栋2单元****</c>, <c>翠苑小区3号楼2单元502室</c> → <c>翠苑小区3号楼2单元****</c>.
    /// </summary>
    /// <remarks>
    /// The rule: everything up to and including the last building marker (号楼, 单元, 栋, 幢, 座, 楼) stays; what follows is
    /// replaced by four stars when it holds a digit (Arabic, full-width or Chinese 〇一二…九十百), so neither floor nor room
    /// nor their length shows; a tail without digits (<c>5栋楼道</c>) is a place, not a home, and stays. An address without
    /// any marker keeps its text up to the first Arabic digit (<c>人民路25号</c> → <c>人民路****</c>); one without digits
    /// names no home and stays whole. Property names (小区 / 楼盘) go through the same rule, so a property written with a
    /// room in it is masked too.
    /// </remarks>
    public static string Address(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.Trim();
        var cut = LastMarkerEnd(text);
        if (cut < 0)
        {
            var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
            var wide = text.AsSpan().IndexOfAnyInRange('０', '９');
            var at = firstDigit < 0 ? wide : wide < 0 ? firstDigit : Math.Min(firstDigit, wide);
            return at < 0 ? text : text[..at] + MaskedRoom;
        }

        var tail = text[cut..];
        return tail.Any(IsDigitLike) ? text[..cut] + MaskedRoom : text;
    }

    /// <summary>
    /// Free text about a case as a viewer with no part in it may read it (R-PV-1): the caller's name and address as written
    /// in the text are masked like the fields, and every phone-like number is masked (<see cref="Text"/>).
    /// </summary>
    public static string AboutCaller(string text, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(caller);
        var masked = new StringBuilder(text);
        if (!string.IsNullOrWhiteSpace(caller.Address))
        {
            masked.Replace(caller.Address.Trim(), Address(caller.Address));
        }

        if (!string.IsNullOrWhiteSpace(caller.Name))
        {
            masked.Replace(caller.Name.Trim(), Name(caller.Name));
        }

        return Text(masked.ToString());
    }

    private static int LastMarkerEnd(string text)
    {
        var end = -1;
        foreach (var marker in BuildingMarkers)
        {
            var at = text.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Max(end, at + marker.Length);
            }
        }

        return end;
    }

    private static bool IsDigitLike(char c) => char.IsDigit(c) || "〇零一二三四五六七八九十百".Contains(c, StringComparison.Ordinal);
}
