namespace Hotline.Domain.Reports.Forms;

/// <summary>
/// One paper form as the seeds name it (R-PV-2), ready for any renderer: the print view, CSV and XLSX all read this
/// model, so the three always carry the same title, columns and rows.
/// </summary>
/// <param name="Code">The form's kebab code used in URLs and file names (<see cref="FormCodes"/>).</param>
/// <param name="Title">The form's own title as the seed writes it.</param>
/// <param name="FormNumber">The seed's document number (QR-8.2.1-01-09 …); null when the seed gives none.</param>
/// <param name="Organisation">The hotline's name, from the profile.</param>
/// <param name="Period">The period the form covers ("2026-11-01 至 2026-11-30"); null on per-case forms.</param>
/// <param name="Fields">The head of a per-case form: label and value pairs; empty on period forms.</param>
/// <param name="Tables">The form's tables in print order; most forms have one.</param>
/// <param name="Signatures">The signature lines at the foot (who signs, as on paper); a signed line carries the name and time.</param>
/// <param name="Notes">Footnotes: what was left out and why (R-PV-1), the as-of instant.</param>
public sealed record PrintForm(
    string Code,
    string Title,
    string? FormNumber,
    string Organisation,
    string? Period,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<FormTable> Tables,
    IReadOnlyList<FormSignature> Signatures,
    IReadOnlyList<string> Notes);

public sealed record FormField(string Label, string Value);

/// <summary>A signature line: who signs, and — once signed — the name and the time.</summary>
public sealed record FormSignature(string Role, string? SignedBy = null, string? SignedAt = null);

/// <summary>A table of a form. Every row has exactly one cell per column (checked here, so no renderer shifts a column).</summary>
public sealed record FormTable
{
    public FormTable(string? caption, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var bad = rows.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Count != columns.Count);
        if (bad.r is not null)
        {
            throw new ArgumentException($"Row {bad.i + 1} of '{caption}' has {bad.r.Count} cells for {columns.Count} columns.", nameof(rows));
        }

        Caption = caption;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The table's heading when a form has more than one; null for a form's only table.</summary>
    public string? Caption { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}
