namespace Hotline.Domain.Kpi;

/// <summary>
/// A profile's penalty per <see cref="AccountabilityKind"/> (R-RP-7). Every kind must have a range,
/// so that a total can never silently skip an event; a profile that does not fine a kind gives it
/// <see cref="PenaltyRange.Zero"/>.
/// </summary>
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

    /// <summary>
    /// The heating profile's schedule, 003 §八 监督与处罚, "每次/每发生一次 扣罚责任人工资":
    /// (一) 50; (二) 50-100; (三) 50—100; (四) 30; (五) 20-50 (视情况); (六) 20.
    /// </summary>
    /// <remarks>
    /// The seed's extracted text puts each amount after "元" ("扣罚责任人工资元;50"); the reading used
    /// here is that the figure belongs before 元, i.e. ¥50 per occurrence, and "50—100" is the same
    /// range as "50-100". All amounts are per occurrence, so totals multiply by the count.
    /// </remarks>
    public static PenaltySchedule Default { get; } = new(new Dictionary<AccountabilityKind, PenaltyRange>
    {
        [AccountabilityKind.AttitudeComplaint] = PenaltyRange.Fixed(50m),
        [AccountabilityKind.OverdueWithoutReason] = new(50m, 100m),
        [AccountabilityKind.EscalatedToGovernmentOrMedia] = new(50m, 100m),
        [AccountabilityKind.FailedToReport] = PenaltyRange.Fixed(30m),
        [AccountabilityKind.LateTransfer] = new(20m, 50m),
        [AccountabilityKind.LateRevisit] = PenaltyRange.Fixed(20m),
    });

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
}
