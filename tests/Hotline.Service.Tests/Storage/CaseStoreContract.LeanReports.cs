using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Service.Serialization;
using Hotline.Service.Storage.Reports;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>
/// The monthly report's lean read (issue 11 item 6) on every store: exactly the month's cases, day by day up to the
/// month's last millisecond, and the monthly summary over them (R-RP-1) the one over the whole projection.
/// </summary>
public abstract partial class CaseStoreContract
{
    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Projection_ReceivedForMonthly_IsTheMonthsCases_AndSummarisesAsTheWholeRows()
    {
        var store = await CreateStoreAsync();
        var reports = (IReportProjections)store;
        DateTimeOffset[] received = [MarchStart.AddTicks(-10_000), MarchStart, Monday, AprilStart.AddMilliseconds(-1), AprilStart];
        for (var i = 0; i < received.Length; i++)
        {
            var intake = Intake(Id(i + 1), received[i]);
            var created = await store.CommitAsync(Create(intake), None);
            if (i == 2)
            {
                await store.CommitAsync(Update(created, Acknowledge(intake.State, received[i].AddMinutes(5))), None);
            }
        }

        var lean = await reports.ReceivedForMonthlyAsync(Profile.Id, MarchStart, AprilStart, None);
        var whole = await reports.ReceivedAsync(Profile.Id, MarchStart, AprilStart, None);

        Assert.Equal([Id(2).Value, Id(3).Value, Id(4).Value], lean.Select(c => c.State.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(whole.Select(c => c.State.Id.Value).Order(StringComparer.Ordinal), lean.Select(c => c.State.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, lean.Single(c => c.State.Id == Id(3)).State.Version);
        var now = AprilStart.AddDays(3);
        Assert.Equal(
            JsonSerializer.Serialize(MonthlySummaryBuilder.Build(Profile, 2026, 3, now, whole), HotlineJson.Options),
            JsonSerializer.Serialize(MonthlySummaryBuilder.Build(Profile, 2026, 3, now, lean), HotlineJson.Options));

        // A span longer than a season is read in one range query: every case, whatever its day.
        Assert.Equal(received.Length, (await reports.ReceivedAsync(Profile.Id, DateTimeOffset.MinValue, AprilStart.AddYears(1), None)).Count);
        Assert.Equal(4, (await reports.ReceivedAsync(Profile.Id, MarchStart.AddMonths(-4), AprilStart, None)).Count);
    }
}
