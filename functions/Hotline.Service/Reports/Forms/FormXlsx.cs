using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotline.Domain.Reports.Forms;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// A form as one XLSX worksheet laid out like the print view: title, organisation / number / period, the head fields,
/// each table (caption, header row, rows), the signature lines and notes. Set up to print: A4 (landscape for wide
/// forms), fit to page width, the first table's header row repeated on every page.
/// </summary>
public static class FormXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes in the stylesheet below.
    private const uint Plain = 0;
    private const uint Title = 1;
    private const uint Header = 2;
    private const uint Cell = 3;

    public static byte[] Render(PrintForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var width = Math.Max(2, form.Tables.Count == 0 ? 2 : form.Tables.Max(t => t.Columns.Count));
        var rows = new List<Row>();
        var merges = new List<string>();
        uint? printTitleRow = null;

        void Add(uint style, params string[] cells) => rows.Add(MakeRow((uint)rows.Count + 1, style, cells));
        void Merged(uint style, string text)
        {
            Add(style, text);
            merges.Add($"A{rows.Count}:{Column(width)}{rows.Count}");
        }

        Merged(Title, form.Title);
        Merged(Plain, string.Join("    ", new[] { "单位：" + form.Organisation, form.FormNumber is { } n ? "编号：" + n : null, form.Period is { } p ? "期间：" + p : null }.OfType<string>()));
        foreach (var f in form.Fields)
        {
            Add(Cell, f.Label, f.Value);
            merges.Add($"B{rows.Count}:{Column(width)}{rows.Count}");
        }

        foreach (var table in form.Tables)
        {
            Add(Plain);
            if (table.Caption is { } caption)
            {
                Add(Header, caption);
            }

            Add(Header, [.. table.Columns]);
            printTitleRow ??= (uint)rows.Count;
            foreach (var r in table.Rows)
            {
                Add(Cell, [.. r]);
            }
        }

        Add(Plain);
        Add(Plain, [.. form.Signatures.Select(s => $"{s.Role}：{s.SignedBy ?? "________"}  日期：{s.SignedAt ?? "________"}")]);
        foreach (var note in form.Notes)
        {
            Merged(Plain, note);
        }

        return Package(form, rows, merges, Widths(form, width), width, printTitleRow);
    }

    private static byte[] Package(PrintForm form, List<Row> rows, List<string> merges, double[] widths, int width, uint? printTitleRow)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new Columns(widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                new SheetData(rows));
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            worksheet.Append(
                new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                new PageSetup { PaperSize = 9, Orientation = width > 8 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
            sheetPart.Worksheet = worksheet;

            var name = SheetName(form.Title);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
            if (printTitleRow is { } r)
            {
                workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{name}'!${r}:${r}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row MakeRow(uint index, uint style, string[] cells) =>
        new(cells.Select((text, i) => MakeCell($"{Column(i + 1)}{index}", text, style))) { RowIndex = index };

    /// <summary>Counts and sequence numbers are numbers (so Excel sums them); everything else stays text, ids included.</summary>
    private static DocumentFormat.OpenXml.Spreadsheet.Cell MakeCell(string reference, string text, uint style) =>
        text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit) && style == Cell
            ? new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(int.Parse(text, CultureInfo.InvariantCulture)) }
            : new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    /// <summary>A1-style column letters: 1 → A, 27 → AA.</summary>
    internal static string Column(int number)
    {
        var letters = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Widths from the longest cell per column (a CJK character is two widths wide), between 6 and 40.</summary>
    private static double[] Widths(PrintForm form, int width)
    {
        var widths = Enumerable.Repeat(6d, width).ToArray();
        IEnumerable<IReadOnlyList<string>> lines = form.Tables.SelectMany(t => t.Rows.Prepend(t.Columns))
            .Concat(form.Fields.Select(f => (IReadOnlyList<string>)[f.Label]));
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count && i < width; i++)
            {
                widths[i] = Math.Min(40, Math.Max(widths[i], line[i].Sum(c => c > 0x2E80 ? 2d : 1d) + 2));
            }
        }

        return widths;
    }

    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\' or '\''))]);
        return name.Length > 31 ? name[..31] : name;
    }

    private static Stylesheet Styles()
    {
        var thin = new BorderPropertiesType[] { new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder() };
        foreach (var side in thin)
        {
            side.Style = BorderStyleValues.Thin;
        }

        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 16 }), new Font(new Bold(), new FontSize { Val = 11 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), new Border([.. thin.Select(b => b.CloneNode(true)), new DiagonalBorder()])),
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true }));
    }
}
