using System.Diagnostics.CodeAnalysis;

namespace Hotline.Domain.Staff;

/// <summary>A staff member's id in the directory: letters, digits, '.', '_' or '-', at most 64 characters.</summary>
public readonly record struct StaffId : IComparable<StaffId>
{
    private StaffId(string value) => Value = value;

    public string Value { get; }

    public static StaffId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a staff id (letters, digits, . _ -, at most 64).");

    public static bool TryParse([NotNullWhen(true)] string? value, out StaffId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > 64
            || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            return false;
        }

        id = new StaffId(value);
        return true;
    }

    public int CompareTo(StaffId other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(StaffId left, StaffId right) => left.CompareTo(right) < 0;

    public static bool operator <=(StaffId left, StaffId right) => left.CompareTo(right) <= 0;

    public static bool operator >(StaffId left, StaffId right) => left.CompareTo(right) > 0;

    public static bool operator >=(StaffId left, StaffId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
