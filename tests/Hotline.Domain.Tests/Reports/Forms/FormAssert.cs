using Hotline.Domain.Reports.Forms;

namespace Hotline.Domain.Tests.Reports.Forms;

/// <summary>Reads a form back the way a reader would: every word printed on it, a table's column by header.</summary>
internal static class FormAssert
{
    public static string AllText(PrintForm form) => string.Join(
        "\n",
        new[] { form.Title, form.FormNumber ?? string.Empty, form.Organisation, form.Period ?? string.Empty }
            .Concat(form.Fields.SelectMany(f => new[] { f.Label, f.Value }))
            .Concat(form.Tables.SelectMany(t => new[] { t.Caption ?? string.Empty }.Concat(t.Columns).Concat(t.Rows.SelectMany(r => r))))
            .Concat(form.Signatures.SelectMany(s => new[] { s.Role, s.SignedBy ?? string.Empty, s.SignedAt ?? string.Empty }))
            .Concat(form.Notes));

    /// <summary>The caller of every report scenario (<see cref="Support.Scenario.Caller"/>, <see cref="ReportCases.LeakySummary"/>) appears nowhere.</summary>
    public static void NoCallerData(PrintForm form)
    {
        var text = AllText(form);
        foreach (var leak in new[] { "张三丰", "13912345678", "139 1234 5678", "1201" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }

    public static string Field(PrintForm form, string label) => Assert.Single(form.Fields, f => f.Label == label).Value;

    public static IReadOnlyList<string> Column(FormTable table, string header)
    {
        var index = table.Columns.ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column '{header}' in {string.Join(",", table.Columns)}.");
        return table.Rows.Select(r => r[index]).ToList();
    }
}
