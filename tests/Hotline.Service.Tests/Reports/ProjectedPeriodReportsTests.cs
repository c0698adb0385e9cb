using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Service.Reports;
using Hotline.Service.Cases;
using Hotline.Service.Reports.Forms;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;
using Hotline.Testing;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Reports;

/// <summary>
/// The reports that scanned every case now read the report projection (issue 11 item 6) and say the same: the
/// upstream office's supervision-item reports (R-RP-6 daily, weekly, R-RP-4 monthly statistics), the first-question
/// audit (R-RP-8) and the period logs (R-PV-2 hotline log, supervision ledger).
/// </summary>
public sealed class ProjectedPeriodReportsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public async Task SupervisionReports_FromTheProjection_AreTheScanOfTheSupervisionItems()
    {
        var store = await StoreAsync();
        var clock = new ManualTimeProvider(Now);
        var projected = new SupervisionReports(new ReportService(store, clock), TestOrg.Member("upstream"));
        var scanned = new ReportService(store, clock, null, new OnlySupervisionItems(new ScannedReportProjections(store)));

        foreach (var day in new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 10) })
        {
            Assert.Equal(Json(await scanned.DailyAsync(Profile, day, None)), Json(await projected.DailyAsync(Profile, day, None)));
            Assert.Equal(Json(await scanned.WeeklyAsync(Profile, day, None)), Json(await projected.WeeklyAsync(Profile, day, None)));
        }

        var monthly = await projected.MonthlyAsync(Profile, 2026, 3, None);
        Assert.Equal(Json((await scanned.MonthlyAsync(Profile, 2026, 3, None)).Statistics), Json(monthly.Statistics));
        Assert.Equal(2, monthly.Items); // cases 1 and 3; case 2 is no supervision item, case 5 is April's
        Assert.Equal(2, monthly.Statistics.Overall.Volume.TotalReceived);
    }

    [Fact]
    [Trait("Rule", "R-RP-8")]
    public async Task FirstQuestionAudit_FromTheProjection_IsTheScansAudit()
    {
        var store = await StoreAsync();
        var clock = new ManualTimeProvider(Now);
        var (from, to) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        var audit = await FirstQuestionAuditHandlers.BuildAsync(new ReportService(store, clock).Projections, clock, Profile, from, to, None);

        var all = await AllAsync(store, FirstQuestionAuditBuilder.Period(Profile, from, to).EndUtc);
        Assert.Equal(Json(FirstQuestionAuditBuilder.Build(Profile, from, to, Now, all)), Json(audit));
        Assert.Equal(4, audit.Totals.Cases);
    }

    [Theory]
    [InlineData(FormCodes.HotlineLog)]
    [InlineData(FormCodes.SupervisionLedger)]
    [Trait("Rule", "R-PV-2")]
    public async Task PeriodLogs_FromTheProjection_AreTheScansLogs(string code)
    {
        var store = await StoreAsync();
        var clock = new ManualTimeProvider(Now);
        var forms = new FormService(clock, new ReportService(store, clock));
        var (from, to) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        var form = await forms.PeriodAsync(code, Profile, from, to, null, null, None);

        var period = FirstQuestionAuditBuilder.Period(Profile, from, to);
        var month = (await AllAsync(store, period.EndUtc)).Where(c => period.Contains(c.State.ReceivedUtc)).ToList();
        var expected = code == FormCodes.HotlineLog ? LogForms.HotlineLog(Profile, period, Now, month) : LogForms.SupervisionLedger(Profile, period, Now, month);
        Assert.Equal(Json(expected), Json(form));
        Assert.NotEmpty(form.Tables[0].Rows);
    }

    /// <summary>The old scan: every case received before <paramref name="toUtc"/>, snapshots only.</summary>
    private static async Task<List<ReportCase>> AllAsync(ICaseStore store, DateTimeOffset toUtc)
    {
        var page = await store.ListAsync(new CaseQuery(ToUtc: toUtc, PageSize: 500), None);
        return [.. page.Items.Where(s => s.ProfileId == Profile.Id).Select(s => new ReportCase(s))];
    }

    /// <summary>
    /// March 2026: case 1 a supervision item opened Monday and acknowledged Tuesday; case 2 answered on the spot;
    /// case 3 a supervision item closed Thursday; case 4 open; case 5 a supervision item received in April.
    /// </summary>
    private static async Task<InMemoryCaseStore> StoreAsync()
    {
        var store = new InMemoryCaseStore();
        var item = new UpstreamItem("DB-031", "市局", Monday.AddDays(5));
        var one = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(one) with { State = one.State with { Upstream = item } }, None);
        var acknowledged = Acknowledge(one.State with { Upstream = item }, Monday.AddDays(1));
        await store.CommitAsync(Update(created, acknowledged), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday.AddHours(1), decision: IntakeDecision.Answered)), None);
        var three = Intake(Id(3), Monday.AddHours(2), category: "security");
        var threeState = three.State with { Upstream = item };
        var threeStored = await store.CommitAsync(Create(three) with { State = threeState }, None);
        var closedAt = Monday.AddDays(3);
        var closed = threeState with
        {
            Status = CaseStatus.Closed,
            Version = threeState.Version + 1,
            LedgerCount = threeState.LedgerCount + 1,
            Closure = new ClosureRecord(ClosureOutcome.Resolved, "已处理", null, Domain.Staff.StaffId.Parse("agent1"), closedAt),
        };
        var line = new LedgerEntry(closed.LedgerCount, closedAt, Domain.Staff.StaffId.Parse("agent1"), LedgerKind.Closed, "结案", "R-CL-1");
        await store.CommitAsync(new CaseCommit(closed, threeStored.ETag, [line], []), None);
        await store.CommitAsync(Create(Intake(Id(4), Monday.AddDays(7))), None);
        var five = Intake(Id(5), Monday.AddMonths(1));
        await store.CommitAsync(Create(five) with { State = five.State with { Upstream = item } }, None);
        return store;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, HotlineJson.Options);

    /// <summary>The scan narrowed to the supervision items: what the upstream office's reports read before the projection.</summary>
    private sealed class OnlySupervisionItems(IReportProjections inner) : IReportProjections
    {
        public async Task<IReadOnlyList<ReportCase>> ReceivedAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
            [.. (await inner.ReceivedAsync(profileId, fromUtc, toUtc, cancellationToken)).Where(c => c.State.Upstream is not null)];

        public async Task<IReadOnlyList<ReportCase>> ActiveAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
            [.. (await inner.ActiveAsync(profileId, fromUtc, toUtc, cancellationToken)).Where(c => c.State.Upstream is not null)];

        public Task ProjectAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RebuildAsync(CaseId id, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
