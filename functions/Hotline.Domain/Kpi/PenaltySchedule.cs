namespace Hotline.Domain.Kpi;

/// <summary>
/// A profile's penalty per <see cref="AccountabilityKind"/> (R-RP-7). Every kind must have a range,
/// so that a total can never silently skip an event; a profile that does not fine a kind gives it
/// <see cref="PenaltyRange.Zero"/>.
/// </summary>
/// <remarks>
/// Only a seed that sets amounts gives a profile a schedule (heating, 003 §八, in its profile JSON); a profile without
/// one records accountability without amounts (<see cref="Count"/>) rather than borrowing another company's fines.
/// </remarks>
public sealed class PenaltySchedule
{
    private readonly Dictionary<AccountabilityKind, PenaltyRange> _ranges;

    public PenaltySchedule(IReadOnlyDictionary<AccountabilityKind, PenaltyRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var missing = Enum.GetValues<AccountabilityKind>().Where(k => !ranges.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No penalty for: {string.Join(", ", missing)}.", nameof(ranges));
        }

        _ranges = new Dictionary<AccountabilityKind, PenaltyRange>(ranges);
    }

    public PenaltyRange RangeFor(AccountabilityKind kind) =>
        _ranges.TryGetValue(kind, out var range)
            ? range
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown accountability kind.");

    /// <summary>Per person (ordered by staff id, ordinal): events counted and min/max summed.</summary>
    public IReadOnlyList<PersonPenalty> Total(IEnumerable<AccountabilityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .GroupBy(r => r.StaffId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PersonPenalty(
                g.Key,
                g.Count(),
                g.Aggregate(PenaltyRange.Zero, (sum, r) => sum + RangeFor(r.Kind))))
            .ToList();
    }

    /// <summary>Per person (ordered by staff id, ordinal) for a profile without a schedule: events counted, no amount.</summary>
    public static IReadOnlyList<PersonPenalty> Count(IEnumerable<AccountabilityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .GroupBy(r => r.StaffId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PersonPenalty(g.Key, g.Count(), Total: null))
            .ToList();
    }

    /// <summary>The totals under <paramref name="schedule"/>, or counts only when the profile has none.</summary>
    public static IReadOnlyList<PersonPenalty> Totals(PenaltySchedule? schedule, IEnumerable<AccountabilityRecord> records) =>
        schedule?.Total(records) ?? Count(records);
}
