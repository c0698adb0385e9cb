namespace Hotline.Service.Api;

// Request bodies. Enumerations arrive as strings and are checked by the validators so that an error names the
// field and lists the accepted values, instead of surfacing a serializer message. Anonymous: a report made without name or
// phone (举报, R-IN-8); the caller's name and phone may then be left out. ReceivedBy is the first-question owner, any staff
// member (R-IN-9); ReadBack and Told* are what the owner read back and told the caller.
public sealed record IntakeBody(
    CallerBody? Caller,
    string? Channel,
    string? Category,
    string? Summary,
    string? Details,
    string? Urgency,
    string? ReceivedBy,
    string? Decision,
    string? Reason,
    string? Profile,
    UpstreamBody? Upstream,
    bool? HandledByBuildingBefore,
    bool? Anonymous = null,
    string? LinkedUnit = null,
    string? ReadBack = null,
    string? ToldProcedure = null,
    DateTimeOffset? ToldExpectedUtc = null,
    FeeBody? Fee = null);

/// <summary>A paid service's fee as told to the owner from the price list, and whether the owner agreed (R-FU-9).</summary>
public sealed record FeeBody(string? Amount, bool? Agreed);

public sealed record CallerBody(string? Name, string? Phone, string? Address, string? Property);

public sealed record UpstreamBody(string? Number, string? Area, DateTimeOffset? DueUtc);

/// <summary>A staff or manager action on a case; <see cref="Type"/> says which, the other fields carry its data.</summary>
public sealed record SignalBody(
    string? Type,
    string? Note,
    string? Text,
    string? Result,
    EvidenceBody? Evidence,
    string? Reason,
    string? Rating,
    string? Comment,
    string? ServiceArea,
    string? Stage,
    string? Unit,
    string? To,
    string? Description,
    string? OpenedAs,
    int? Number,
    DateTimeOffset? DueUtc,
    string? ApprovalReference,
    string? Summary = null,
    string? Method = null,
    string? Person = null,
    string? Kind = null,
    string? Sanction = null,
    bool? SpotCheck = null,
    bool? ToOwnerSupervisor = null,

    // Quality records (R-RP-7, R-RP-10, R-RP-11); person and kind are shared with the first-question signals.
    string? Verdict = null,
    string? Reference = null);

public sealed record EvidenceBody(string? Kind, string? Reference);

public sealed record CaseView(
    string Id,
    string Ref,
    string Status,
    string Profile,
    string Category,
    string Urgency,
    string Channel,
    string? Assignee,
    string FirstOwner,
    CallerView Caller,
    string Summary,
    string? Details,
    DateTimeOffset ReceivedUtc,
    DateTimeOffset? HandlingDueUtc,
    bool Overdue,
    string? Unit,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<TimelineView> Timeline,
    IReadOnlyList<RevisitView> Revisits,
    ClosureView? Closure,
    int Version,
    string? LinkedUnit = null,
    FirstQuestionView? FirstQuestion = null,
    string? AssigneeName = null,
    string? FirstOwnerName = null);

/// <param name="Masked">True when the viewer has no part in the case and sees masked data (R-PV-1).</param>
/// <param name="Name">Null when the reporter is unknown (anonymous report, item found by staff: R-IN-8).</param>
public sealed record CallerView(string? Name, string? Phone, string Address, string Property, bool Masked);

public sealed record DeadlineView(string Kind, DateTimeOffset DueUtc);

/// <param name="ByName">The staff member's name from the directory; null for the system or someone no longer listed.</param>
public sealed record TimelineView(int Seq, DateTimeOffset AtUtc, string Kind, string? By, string Text, string? Rule, string? ByName = null);

public sealed record RevisitView(string Stage, string Rating, string? Comment, string? ServiceArea, string By, DateTimeOffset AtUtc, string? Summary = null);

public sealed record ClosureView(string Outcome, string FinalResult, string? ApprovedBy, string Dispatcher, DateTimeOffset AtUtc);

public sealed record CaseListView(IReadOnlyList<CaseSummaryView> Items, string? ContinuationToken);

/// <summary>A case in a list, search result or queue. Caller fields are masked for a viewer with no part in the case (R-PV-1).</summary>
/// <param name="AssigneeName">Staff names from the directory; null when the id is not (or no longer) listed.</param>
/// <param name="UpstreamNumber">The supervision item's number (督办件), or null.</param>
/// <param name="NextDueUtc">The earliest open deadline (<see cref="Domain.Cases.CaseDeadlines.NextDue"/>); null once closed.</param>
/// <param name="NearDeadline">The next deadline is within <see cref="Domain.Cases.CaseDeadlines.NearWindow"/> (2 hours) or passed.</param>
/// <param name="Awaiting">What the case waits for from the viewer (kebab code of <see cref="Domain.Cases.AwaitedStep"/>), or null.</param>
public sealed record CaseSummaryView(
    string Id,
    string Ref,
    string Status,
    string Category,
    string Urgency,
    string? Assignee,
    string FirstOwner,
    string Summary,
    DateTimeOffset ReceivedUtc,
    DateTimeOffset? HandlingDueUtc,
    bool Overdue,
    string Profile,
    string? AssigneeName,
    string? FirstOwnerName,
    string? CallerName,
    string? CallerPhone,
    string Address,
    string Property,
    bool Masked,
    string? UpstreamNumber,
    DateTimeOffset? NextDueUtc,
    bool NearDeadline,
    string? Awaiting);
