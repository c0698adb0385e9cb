using System.Net;
using System.Text;
using Hotline.Domain.Reports.Forms;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// A form as a self-contained A4 print page: no script, stylesheet or font fetched from anywhere. Browser print to PDF
/// gives the paper form: the table header repeats on every page, rows are not split across pages, wide forms print
/// landscape. Chinese text uses whichever CJK font the system has (Noto CJK on Debian when fonts-noto-cjk is installed,
/// YaHei / SimSun on Windows).
/// </summary>
public static class FormHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Tables wider than this print on landscape A4.</summary>
    private const int PortraitColumns = 8;

    public static string Render(PrintForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var landscape = form.Tables.Any(t => t.Columns.Count > PortraitColumns);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(E(form.Title)).Append(form.Period is null ? string.Empty : " " + E(form.Period)).Append("</title>")
            .Append("<style>").Append(Css(landscape)).Append("</style></head><body>\n");
        html.Append("<header><div class=\"org\">").Append(E(form.Organisation)).Append("</div><h1>").Append(E(form.Title)).Append("</h1><div class=\"meta\">");
        if (form.FormNumber is { } number)
        {
            html.Append("<span class=\"number\">编号：").Append(E(number)).Append("</span>");
        }

        if (form.Period is { } period)
        {
            html.Append("<span class=\"period\">期间：").Append(E(period)).Append("</span>");
        }

        html.Append("</div></header>\n");
        if (form.Fields.Count > 0)
        {
            html.Append("<table class=\"fields\"><tbody>");
            foreach (var f in form.Fields)
            {
                html.Append("<tr><th>").Append(E(f.Label)).Append("</th><td>").Append(E(f.Value)).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        foreach (var table in form.Tables)
        {
            Table(html, table);
        }

        html.Append("<footer><div class=\"signatures\">");
        foreach (var s in form.Signatures)
        {
            html.Append("<span class=\"signature\">").Append(E(s.Role)).Append("：<span class=\"line\">").Append(E(s.SignedBy ?? string.Empty))
                .Append("</span> 日期：<span class=\"line\">").Append(E(s.SignedAt ?? string.Empty)).Append("</span></span>");
        }

        html.Append("</div>");
        foreach (var note in form.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>");
        }

        return html.Append("</footer>\n</body></html>\n").ToString();
    }

    private static void Table(StringBuilder html, FormTable table)
    {
        if (table.Caption is { } caption)
        {
            html.Append("<h2>").Append(E(caption)).Append("</h2>");
        }

        html.Append("<table class=\"grid\"><thead><tr>");
        foreach (var c in table.Columns)
        {
            html.Append("<th>").Append(E(c)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        if (table.Rows.Count == 0)
        {
            html.Append("<tr><td class=\"empty\" colspan=\"").Append(table.Columns.Count).Append("\">（无）</td></tr>");
        }

        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Css(bool landscape) =>
        "@page{size:A4 " + (landscape ? "landscape" : "portrait") + ";margin:14mm 12mm}"
        + "*{box-sizing:border-box}"
        + "body{font-family:\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\",SimSun,sans-serif;"
        + "font-size:10.5pt;color:#000;margin:0 auto;max-width:" + (landscape ? "273mm" : "186mm") + "}"
        + "header{text-align:center;margin-bottom:4mm}.org{font-size:11pt}h1{font-size:16pt;margin:2mm 0}"
        + ".meta{display:flex;justify-content:space-between;font-size:10pt}h2{font-size:12pt;margin:5mm 0 2mm}"
        + "table{width:100%;border-collapse:collapse}th,td{border:0.5pt solid #000;padding:1.2mm 1.5mm;vertical-align:top;word-break:break-all}"
        + "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}thead th{background:#eee}"
        + ".fields th{width:28%;text-align:left;background:#f4f4f4;font-weight:normal}.grid td.empty{text-align:center;color:#555}"
        + "footer{margin-top:6mm;break-inside:avoid}.signatures{display:flex;flex-wrap:wrap;gap:6mm 12mm}"
        + ".line{display:inline-block;min-width:28mm;border-bottom:0.5pt solid #000}.note{font-size:9pt;color:#333;margin:2mm 0 0}"
        + "@media print{thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
