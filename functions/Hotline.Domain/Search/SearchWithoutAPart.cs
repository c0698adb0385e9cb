using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Search;

/// <summary>
/// What free text may match for a viewer with no part in the case (R-PV-1). The index matches the caller's name, address
/// and property in the clear; the hotline desk sees every case but, with no part, reads those masked — so if the clear
/// fields answered its searches, an agent could confirm a masked room or name by searching it (<c>3栋2单元1501</c> finds
/// the case whose address reads <c>3栋****</c>). For such a viewer a text hit counts only when it matches what the viewer
/// is shown: the summary and details as masked for them (<see cref="Mask.AboutCaller"/>) and the upstream item's number.
/// Phone numbers (full or last four — what the desk asks a repeat caller for at intake), case ids and references are
/// looked up as before; a viewer with a part matches everything the index holds.
/// </summary>
public static class SearchWithoutAPart
{
    public static bool Matches(CaseState state, StaffId viewer, SearchTerm.ForText term)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(term);
        return state.HasPart(viewer) || SearchText.Matches(AsShown(state), term);
    }

    /// <summary>The searchable text as a viewer with no part reads it, normalised like <see cref="SearchText.Of"/>.</summary>
    public static string AsShown(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var fields = new[] { state.Summary, state.Details }
            .Where(f => !string.IsNullOrWhiteSpace(f))
            .Select(f => Mask.AboutCaller(f!, state.Caller))
            .Append(state.Upstream?.Number)
            .Where(f => !string.IsNullOrWhiteSpace(f));
        return SearchText.Normalise(string.Join(SearchText.Separator, fields));
    }
}
