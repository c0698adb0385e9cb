using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;

namespace Hotline.Service.Storage.Reports;

/// <summary>
/// A case as the monthly builders read it (<see cref="MonthlySummaryBuilder"/>, <see cref="MonthlyStatistics"/> through
/// <see cref="CaseFactsMapper"/>), and nothing more: the month's report reads 20,000 of these, so the row holds ~250
/// bytes of short-named JSON instead of the ~3 KB snapshot (issue 11 item 6). <see cref="ToReportCase"/> gives back a
/// <see cref="ReportCase"/> whose snapshot carries only these fields (caller, summary, team and the rest are blank):
/// hand it to the monthly builders only. LeanReportCaseTests proves both builders say the same over it as over the case.
/// </summary>
public sealed record LeanReportCase(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("p")] string ProfileId,
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("s")] CaseStatus Status,
    [property: JsonPropertyName("c")] string Category,
    [property: JsonPropertyName("o")] string FirstOwner,
    [property: JsonPropertyName("r")] DateTimeOffset ReceivedUtc,
    [property: JsonPropertyName("n")] DateTimeOffset? OpenedUtc,
    [property: JsonPropertyName("u")] string? Unit = null,
    [property: JsonPropertyName("l")] string? LinkedUnit = null,
    [property: JsonPropertyName("a")] string? Assignee = null,
    [property: JsonPropertyName("f")] DateTimeOffset? FirstResponseUtc = null,
    [property: JsonPropertyName("d")] DateTimeOffset? CompletedUtc = null,
    [property: JsonPropertyName("x")] ClosureOutcome? ClosureOutcome = null,
    [property: JsonPropertyName("y")] DateTimeOffset? ClosedUtc = null,
    [property: JsonPropertyName("up")] bool Upstream = false,
    [property: JsonPropertyName("rv")] IReadOnlyList<LeanRevisit>? Revisits = null,
    [property: JsonPropertyName("ac")] IReadOnlyList<LeanAccountability>? Accountability = null)
{
    /// <summary>Short names, enums as numbers, nulls left out: the row is read 20,000 times a month's report.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The lean case of a projection: its snapshot's fields and the digest's opened and accountability lines.</summary>
    public static LeanReportCase Of(CaseState state, IReadOnlyList<LedgerEntry>? ledger)
    {
        ArgumentNullException.ThrowIfNull(state);
        var revisits = state.Revisits.IsDefaultOrEmpty
            ? null
            : state.Revisits.Select(r => new LeanRevisit(r.Stage, r.Rating, r.ServiceArea, r.AtUtc)).ToList();
        var accountable = ledger?.Where(e => e.Accountable is not null)
            .Select(e => new LeanAccountability(e.Sequence, e.AtUtc, e.Accountable!.Person.Value, e.Accountable.Kind)).ToList();
        return new LeanReportCase(
            state.Id.Value, state.ProfileId, state.Version, state.Status, state.Category, state.FirstOwner.Value, state.ReceivedUtc,
            ledger?.Where(e => e.Kind == LedgerKind.Opened).Select(e => (DateTimeOffset?)e.AtUtc).Min(),
            state.UnitOfHead, state.LinkedUnit, state.Assignee?.Value, state.FirstResponseUtc, state.CompletedUtc,
            state.Closure?.Outcome, state.Closure?.AtUtc, state.Upstream is not null,
            revisits, accountable is { Count: > 0 } ? accountable : null);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LeanReportCase FromJson(string json) =>
        JsonSerializer.Deserialize<LeanReportCase>(json, Json) ?? throw new InvalidOperationException("An empty lean report row.");

    /// <summary>The case for the monthly builders: what they read is set, every other field blank.</summary>
    public ReportCase ToReportCase()
    {
        var owner = StaffId.Parse(FirstOwner);
        var state = new CaseState
        {
            Id = CaseId.Parse(Id),
            ProfileId = ProfileId,
            Version = Version,
            Status = Status,
            Caller = Blank,
            Channel = default,
            Category = Category,
            Urgency = default,
            Summary = string.Empty,
            ReceivedUtc = ReceivedUtc,
            FirstOwner = owner,
            BuildingUnit = Unit,
            LinkedUnit = LinkedUnit,
            Assignee = Assignee is null ? null : StaffId.Parse(Assignee),
            FirstResponseUtc = FirstResponseUtc,
            CompletedUtc = CompletedUtc,
            Closure = ClosureOutcome is { } outcome && ClosedUtc is { } at ? new ClosureRecord(outcome, string.Empty, null, owner, at) : null,
            Upstream = Upstream ? SomeUpstreamItem : null,
            Revisits = Revisits is null ? [] : [.. Revisits.Select(r => new RevisitRecord(r.Stage, r.Rating, null, r.ServiceArea, owner, r.AtUtc))],
        };
        var ledger = ImmutableArray.CreateBuilder<LedgerEntry>();
        if (OpenedUtc is { } opened)
        {
            ledger.Add(new LedgerEntry(0, opened, null, LedgerKind.Opened, string.Empty, null));
        }

        foreach (var a in Accountability ?? [])
        {
            ledger.Add(new LedgerEntry(a.Sequence, a.AtUtc, null, LedgerKind.Accountability, string.Empty, null, new Accountable(StaffId.Parse(a.Person), a.Kind)));
        }

        return new ReportCase(state, ledger.ToImmutable());
    }

    private static readonly Caller Blank = new(null, null, string.Empty, string.Empty);

    /// <summary>Only "is a supervision item" is kept (the upstream office's monthly statistics select on it).</summary>
    private static readonly UpstreamItem SomeUpstreamItem = new(string.Empty, string.Empty, null);
}

/// <summary>A revisit as the monthly summary counts it (R-RV-2, R-RP-2).</summary>
public sealed record LeanRevisit(
    [property: JsonPropertyName("s")] RevisitStage Stage,
    [property: JsonPropertyName("r")] SatisfactionRating Rating,
    [property: JsonPropertyName("a")] string? ServiceArea,
    [property: JsonPropertyName("t")] DateTimeOffset AtUtc);

/// <summary>An accountability line (R-RP-7) as the monthly summary reads it.</summary>
public sealed record LeanAccountability(
    [property: JsonPropertyName("q")] int Sequence,
    [property: JsonPropertyName("t")] DateTimeOffset AtUtc,
    [property: JsonPropertyName("p")] string Person,
    [property: JsonPropertyName("k")] AccountabilityKind Kind);
