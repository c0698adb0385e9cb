using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Hotline.Domain.Cases;

/// <summary>
/// A case number people can read over the phone and sort: the local date it was received and the
/// day's sequence, e.g. <c>20261122-0042</c>. The sequence part is the short reference used in SMS.
/// </summary>
public readonly record struct CaseId
{
    private CaseId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The short reference staff type in SMS replies (<c>0042</c>).</summary>
    public string Ref => Value[(Value.IndexOf('-', StringComparison.Ordinal) + 1)..];

    public DateOnly LocalDate => DateOnly.ParseExact(Value[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    public static CaseId Create(DateOnly localDate, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new CaseId(string.Create(CultureInfo.InvariantCulture, $"{localDate:yyyyMMdd}-{sequence:D4}"));
    }

    public static CaseId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a case id (expected yyyyMMdd-NNNN).");

    public static bool TryParse([NotNullWhen(true)] string? value, out CaseId id)
    {
        id = default;
        if (value is null || value.Length < 13 || value[8] != '-')
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || !value[9..].All(char.IsAsciiDigit) || value.Length > 17)
        {
            return false;
        }

        id = new CaseId(value);
        return true;
    }

    public override string ToString() => Value;
}
