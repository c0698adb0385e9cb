namespace Hotline.Domain.Kpi;

/// <summary>
/// A wage deduction in yuan per occurrence. A range (50–100) leaves the amount to the manager
/// ("视情况"); a fixed amount has <see cref="MinYuan"/> = <see cref="MaxYuan"/>.
/// </summary>
public sealed record PenaltyRange
{
    public PenaltyRange(decimal minYuan, decimal maxYuan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minYuan);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxYuan, minYuan);
        MinYuan = minYuan;
        MaxYuan = maxYuan;
    }

    public decimal MinYuan { get; }

    public decimal MaxYuan { get; }

    public static PenaltyRange Zero { get; } = new(0m, 0m);

    public static PenaltyRange Fixed(decimal yuan) => new(yuan, yuan);

    public static PenaltyRange operator +(PenaltyRange left, PenaltyRange right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new PenaltyRange(left.MinYuan + right.MinYuan, left.MaxYuan + right.MaxYuan);
    }

    public static PenaltyRange Add(PenaltyRange left, PenaltyRange right) => left + right;

    public override string ToString() => MinYuan == MaxYuan ? $"¥{MinYuan}" : $"¥{MinYuan}–{MaxYuan}";
}
