using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotline.Domain.Reports.Forms;
using Hotline.Service.Reports.Forms;

namespace Hotline.Service.Tests.Reports.Forms;

/// <summary>
/// The three renderings of one form carry the same title, columns and cells (R-PV-2): the print page, the CSV Excel
/// opens as Chinese (UTF-8 with BOM, RFC 4180 quoting), and the XLSX read back with the Open XML SDK.
/// </summary>
public sealed class FormRenderTests
{
    private static readonly PrintForm Sample = new(
        FormCodes.HotlineLog, "物业集团“总经理热线”记录", "QR-8.2.1-01-09", "物业集团总经理热线", "2026-11-01 至 2026-11-30",
        [new("案件编号", "20261109-0001")],
        [
            new FormTable("本月", ["序号", "投诉事项", "热线专员"], [["1", "漏水，已\"紧急\"处理\n第二行", "agent1"], ["2", "=HYPERLINK(\"x\")", "agent2"]]),
            new FormTable("汇总", ["热线专员", "件数"], [["agent1", "1"]]),
        ],
        [new("热线专员", "agent1", "2026-11-30 17:00"), new("全质办签收")],
        ["业主资料不列入汇总表（R-PV-1）。"]);

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void Csv_HasTheBom_TheSameHeaders_AndQuotesAsRfc4180()
    {
        var bytes = FormCsv.Render(Sample);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("案件编号,20261109-0001", lines[0]);
        Assert.Equal(["", "本月", "序号,投诉事项,热线专员"], lines[1..4]);
        Assert.Contains("1,\"漏水，已\"\"紧急\"\"处理\n第二行\",agent1\r\n", text, StringComparison.Ordinal);
        // A typed formula stays text (CSV injection).
        Assert.Contains("2,\"'=HYPERLINK(\"\"x\"\")\",agent2\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n汇总\r\n热线专员,件数\r\nagent1,1\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void Xlsx_OpensBack_WithTheTitleHeadersAndCells_AndPrintsA4WithRepeatedHeader()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(FormXlsx.Render(Sample)), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();

        Assert.Equal("物业集团“总经理热线”记录", rows[0][0]);
        Assert.Contains("编号：QR-8.2.1-01-09", rows[1][0], StringComparison.Ordinal);
        Assert.Equal(["案件编号", "20261109-0001"], rows[2]);
        var header = rows.FindIndex(r => r.SequenceEqual(["序号", "投诉事项", "热线专员"]));
        Assert.True(header > 0);
        Assert.Equal(["1", "漏水，已\"紧急\"处理\n第二行", "agent1"], rows[header + 1]);
        Assert.Equal(["2", "=HYPERLINK(\"x\")", "agent2"], rows[header + 2]);   // an inline string, never a formula
        Assert.DoesNotContain(sheet.Descendants<CellFormula>(), _ => true);
        Assert.Contains(rows, r => r.SequenceEqual(["热线专员", "件数"]));
        Assert.Contains(rows, r => r.Count == 2 && r[0].StartsWith("热线专员：agent1", StringComparison.Ordinal));

        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);   // A4
        var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.EndsWith($"${header + 1}:${header + 1}", titles.Text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void Html_IsAnA4PrintPage_WithTheFormsTitleNumberAndRepeatingHeaders_Escaped()
    {
        var html = FormHtml.Render(Sample);

        Assert.Contains("@page{size:A4 portrait", html, StringComparison.Ordinal);
        Assert.Contains("thead{display:table-header-group}", html, StringComparison.Ordinal);
        Assert.Contains("<h1>物业集团“总经理热线”记录</h1>", html, StringComparison.Ordinal);
        Assert.Contains("编号：QR-8.2.1-01-09", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th>序号</th><th>投诉事项</th><th>热线专员</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;x&quot;)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("https://", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
