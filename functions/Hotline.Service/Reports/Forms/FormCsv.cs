using System.Text;
using Hotline.Domain.Reports.Forms;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// A form as CSV (RFC 4180: CRLF lines, fields with a comma, quote or line break quoted, quotes doubled), in UTF-8 with a
/// byte-order mark so that Excel opens the Chinese text as Chinese. A per-case form starts with its head as label,value
/// lines; each table follows as its header row and rows (a caption line before it when the form has several), the same
/// columns as the print view.
/// </summary>
public static class FormCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Render(PrintForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var csv = new StringBuilder();
        foreach (var field in form.Fields)
        {
            Line(csv, [field.Label, field.Value]);
        }

        foreach (var table in form.Tables)
        {
            if (csv.Length > 0)
            {
                csv.Append("\r\n");
            }

            if (form.Tables.Count > 1 && table.Caption is { } caption)
            {
                Line(csv, [caption]);
            }

            Line(csv, table.Columns);
            foreach (var row in table.Rows)
            {
                Line(csv, row);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string cell)
    {
        var text = Defused(cell);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>
    /// Free text typed by callers and staff must not run as a spreadsheet formula when the file is opened (CSV injection):
    /// a cell starting with = + - @ gets a leading apostrophe, as OWASP recommends. The forms' own cells never start so.
    /// </summary>
    internal static string Defused(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
