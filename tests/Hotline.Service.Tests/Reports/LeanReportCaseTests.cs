using System.Text.Json;
using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Service.Serialization;
using Hotline.Service.Storage.Reports;
using Hotline.Service.Tests.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Reports;

/// <summary>
/// The monthly report reads lean rows (issue 11 item 6): over them the monthly summary (R-RP-1, R-RP-7 accountability)
/// and the statistics (R-RP-4, R-RP-5 linked units) say exactly what they say over the whole cases and ledgers.
/// </summary>
public sealed class LeanReportCaseTests
{
    private static readonly DateTimeOffset April20 = new(2026, 4, 20, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(ProfileCatalog.ParkDispatch)]
    [InlineData(ProfileCatalog.Municipal12319)]
    [InlineData(ProfileCatalog.GmHotline)]
    [Trait("Rule", "R-RP-1")]
    public void MonthlyBuilders_OverLeanRows_SayWhatTheyDoOverTheWholeCases(string profileId)
    {
        var profile = ProfileCatalog.BuiltIn[profileId];
        var whole = Cases(profile);
        var lean = whole.Select(c => LeanReportCase.FromJson(LeanReportCase.Of(c.State, ReportProjection.Of(c.State, c.Ledger!).Lines).ToJson()).ToReportCase()).ToList();

        var summary = MonthlySummaryBuilder.Build(profile, 2026, 3, April20, lean);
        Assert.Equal(Json(MonthlySummaryBuilder.Build(profile, 2026, 3, April20, whole)), Json(summary));
        Assert.Equal(Json(MonthlyStatistics.Build(profile, 2026, 3, April20, whole)), Json(MonthlyStatistics.Build(profile, 2026, 3, April20, lean)));

        // The fixture reaches every branch the builders read: two dispatchers, accountability in and after the month, revisits.
        Assert.Equal(2, summary.Dispatchers.Count);
        Assert.Equal(2, summary.Overall!.Accountability.Count);
        Assert.Equal(3, summary.Overall.Revisits);
        Assert.Equal(1, summary.Overall.ForceClosed);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public void LeanRow_IsSmall_AndKeepsTheSupervisionItemMark()
    {
        var state = Cases(StoreFixtures.Profile)[^1].State;

        var json = LeanReportCase.Of(state, []).ToJson();

        Assert.True(json.Length < 400, json);
        Assert.DoesNotContain("张三丰", json, StringComparison.Ordinal); // no caller data (R-PV-1)
        Assert.NotNull(LeanReportCase.FromJson(json).ToReportCase().State.Upstream);
    }

    /// <summary>Ten March cases covering what the monthly builders read, one received in April.</summary>
    private static List<ReportCase> Cases(Profile profile)
    {
        var policy = ReportingPolicy.For(profile);
        var agent2 = StaffId.Parse("agent2");
        var cases = new List<ReportCase>();
        ReportCase Make(int n, Func<CaseState, CaseState> change, params LedgerEntry[] more)
        {
            var intake = Intake(Id(n), Monday.AddHours(n * 7), decision: n is 2 ? IntakeDecision.Answered : IntakeDecision.Open);
            var state = change(intake.State with { ProfileId = profile.Id });
            var ledger = Ledger(intake).Concat(more.Select((e, i) => e with { Sequence = intake.State.LedgerCount + i + 1 })).ToList();
            var c = new ReportCase(state with { LedgerCount = ledger.Count }, ledger);
            cases.Add(c);
            return c;
        }

        LedgerEntry Accountable(DateTimeOffset at, string person, AccountabilityKind kind) =>
            new(0, at, null, LedgerKind.Accountability, "问责", "R-RP-7", new Accountable(StaffId.Parse(person), kind));
        RevisitRecord Revisit(RevisitStage stage, SatisfactionRating rating, DateTimeOffset at, string? area = null) =>
            new(stage, rating, "好", area, agent2, at);
        ClosureRecord Closure(ClosureOutcome outcome, DateTimeOffset at) => new(outcome, "已处理", null, agent2, at);

        Make(1, s => s with { FirstResponseUtc = s.ReceivedUtc.AddMinutes(30) }, Accountable(Monday.AddDays(3), "agent1", AccountabilityKind.OverdueWithoutReason));
        Make(2, s => s);
        Make(3, s => s with { Status = CaseStatus.Redirected });
        Make(4, s => s with
        {
            Status = CaseStatus.Closed,
            FirstResponseUtc = s.ReceivedUtc.AddHours(30),
            CompletedUtc = s.ReceivedUtc.AddDays(2),
            Revisits = [Revisit(RevisitStage.Stage, SatisfactionRating.FairlySatisfied, s.ReceivedUtc.AddDays(1), "绿化"), Revisit(RevisitStage.Closing, SatisfactionRating.Satisfied, s.ReceivedUtc.AddDays(3))],
            Closure = Closure(ClosureOutcome.Resolved, s.ReceivedUtc.AddDays(3)),
        });
        Make(5, s => s with { Status = CaseStatus.Closed, Closure = Closure(ClosureOutcome.ForceClosed, s.ReceivedUtc.AddDays(20)), FirstOwner = agent2 },
            Accountable(Monday.AddDays(4), "engineering-head", AccountabilityKind.LateRevisit), Accountable(Monday.AddMonths(1), "agent2", AccountabilityKind.FailedToReport));
        Make(6, s => s with // closed after the month's end: open as of it
        {
            Status = CaseStatus.Closed,
            CompletedUtc = Monday.AddDays(35),
            Revisits = [Revisit(RevisitStage.Closing, SatisfactionRating.Dissatisfied, Monday.AddDays(36))],
            Closure = Closure(ClosureOutcome.Resolved, Monday.AddDays(36)),
        });
        Make(7, s => s with { BuildingUnit = "3号楼", FirstOwner = agent2, CompletedUtc = s.ReceivedUtc.AddDays(1), Revisits = [Revisit(RevisitStage.Second, SatisfactionRating.Satisfied, s.ReceivedUtc.AddDays(2), "保洁")] });
        Make(8, s => s with { Category = policy.LinkedUnitCategory ?? "security", LinkedUnit = policy.LinkedUnits is [var first, ..] ? first : null });
        Make(9, s => s with { Category = policy.LinkedUnitCategory ?? "security", LinkedUnit = "不在名单的单位" });
        Make(10, s => s with { ReceivedUtc = Monday.AddMonths(1) }); // April: not the month's
        Make(11, s => s with { Upstream = new UpstreamItem("DB-2026-031", "市局", Monday.AddDays(5)) });
        return cases;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, HotlineJson.Options);
}
