using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports.Forms;
using Hotline.Service.Cases;
using Hotline.Service.Reports;
using Hotline.Service.Reports.Forms;
using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Reports.Forms;

/// <summary>
/// The work log (001 §5.1) and the reception record (004) read from the store the way the API serves them, exported as
/// XLSX and opened back: the cells are the form's (R-PV-2), with no caller data (R-PV-1).
/// </summary>
public sealed class RecordFormsXlsxTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset April2 = new(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly (DateOnly From, DateOnly To) March = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-PV-1")]
    public async Task WorkLog_ReadsTheLedgersOfTheCasesActiveInThePeriod_AndOpensBackAsXlsxWithItsCells()
    {
        var (store, february, march, closedInFebruary) = await StoreAsync();
        var forms = new FormService(new ManualTimeProvider(April2), new ReportService(store, new ManualTimeProvider(April2)), store);

        var form = await forms.PeriodAsync(FormCodes.WorkLog, Profile, March.From, March.To, null, null, None);
        var rows = Cells(FormXlsx.Render(form));

        Assert.Equal("工作日志", rows[0][0]);
        var header = rows.FindIndex(r => r.SequenceEqual(["序号", "日期", "时间", "值班/调度人员", "案件编号", "事项", "工作记录", "依据"]));
        Assert.True(header > 0, "The work log's header row is in the sheet.");
        var lines = rows.Skip(header + 1).TakeWhile(r => r.Count == 8).ToList();
        // February's open case: only its March acknowledgement; March's case: its intake lines; the case closed in February: nothing.
        Assert.Equal([("2026-03-02", "09:00", "engineering-head", february.Value, "确认接单")], lines.Where(r => r[4] == february.Value).Select(r => (r[1], r[2], r[3], r[4], r[5])));
        Assert.Contains(lines, r => r[4] == march.Value && r[5] == "受理" && r[3] == "agent1" && r[7] == "R-IN-1");
        Assert.DoesNotContain(lines, r => r[4] == closedInFebruary.Value);
        Assert.Equal(form.Tables[0].Rows.Count, lines.Count);
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains("张三丰", StringComparison.Ordinal) || c.Contains("13912345678", StringComparison.Ordinal));

        // An agent's copy holds only the agent's own entries.
        var own = await forms.PeriodAsync(FormCodes.WorkLog, Profile, March.From, March.To, null, null, None, e => e.By?.Value == "engineering-head");
        Assert.Equal(["engineering-head"], own.Tables[0].Rows.Select(r => r[3]).Distinct());
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-PV-1")]
    public async Task ReceptionRecord_OpensBackAsXlsx_OneEntryPerRequestReceived_CallerMasked()
    {
        var (store, _, march, _) = await StoreAsync();
        var forms = new FormService(new ManualTimeProvider(April2), new ReportService(store, new ManualTimeProvider(April2)), store);

        var form = await forms.PeriodAsync(FormCodes.ReceptionRecord, Profile, March.From, March.To, null, null, None);
        var rows = Cells(FormXlsx.Render(form));

        Assert.Equal("接待业主情况记录", rows[0][0]);
        var header = rows.FindIndex(r => r.Count == 14 && r[0] == "序号" && r[7] == "首问人员");
        Assert.True(header > 0, "The reception record's header row is in the sheet.");
        var entry = Assert.Single(rows.Skip(header + 1).TakeWhile(r => r.Count == 14));
        Assert.Equal((march.Value, "张**", "139****5678", "agent1"), (entry[3], entry[4], entry[5], entry[7]));
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains("张三丰", StringComparison.Ordinal) || c.Contains("13912345678", StringComparison.Ordinal));
    }

    /// <summary>Received 27 February and acknowledged 2 March; received 3 March; received and closed in February.</summary>
    private static async Task<(InMemoryCaseStore Store, CaseId February, CaseId March, CaseId Closed)> StoreAsync()
    {
        var store = new InMemoryCaseStore();
        var february = Intake(CaseId.Create(new DateOnly(2026, 2, 27), 1), Monday.AddDays(-3));
        var stored = await store.CommitAsync(Create(february), None);
        await store.CommitAsync(Update(stored, Acknowledge(february.State, Monday)), None);

        var march = Intake(CaseId.Create(new DateOnly(2026, 3, 3), 2), Monday.AddDays(1));
        await store.CommitAsync(Create(march), None);

        var old = Intake(CaseId.Create(new DateOnly(2026, 2, 10), 3), Monday.AddDays(-20));
        var oldStored = await store.CommitAsync(Create(old), None);
        var closedAt = Monday.AddDays(-18);
        var closed = old.State with
        {
            Status = CaseStatus.Closed, Version = old.State.Version + 1, LedgerCount = old.State.LedgerCount + 1,
            Closure = new ClosureRecord(ClosureOutcome.Resolved, "已处理", null, Domain.Staff.StaffId.Parse("agent1"), closedAt),
        };
        await store.CommitAsync(new CaseCommit(closed, oldStored.ETag, [new LedgerEntry(closed.LedgerCount, closedAt, closed.FirstOwner, LedgerKind.Closed, "结案", "R-CL-1")], []), None);
        return (store, february.State.Id, march.State.Id, old.State.Id);
    }

    private static List<List<string>> Cells(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }
}
