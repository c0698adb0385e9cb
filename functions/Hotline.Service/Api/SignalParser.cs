using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Service.Api;

/// <summary>The actions staff can take on a case over HTTP (and, through the same triggers, by SMS).</summary>
public enum SignalType
{
    Acknowledge,
    Arrived,
    Progress,
    Complete,
    CannotResolve,
    ApproveClosure,
    ApproveForcedClosure,
    ApproveInstruction,
    Revisit,
    RevisitNotReached,
    SecondComplaint,
    Reassign,
    Route,
    HandOver,
    Suspend,
    Resume,
    LinkRelated,
    RelatedResolved,
    Instruction,
    UpstreamDeadline,
    Close,
    Decline,
    ReportUpstream,
    AssignDepartment,
    /// <summary>The signed slip's copy reached the dispatcher (R-CL-1).</summary>
    SlipCopyReceived,
    /// <summary>Paid service: the owner was told why the promise cannot be kept; <c>dueUtc</c> is the new time agreed (R-FU-9).</summary>
    PaidDelayAgreed,

    // Quality records, also after closure: by the quality office or a manager.
    RecordAccountability,
    AssessUnitHead,
    FileCorrectiveAction,

    // Issue 10, first-question duty (004): see FirstQuestionSignals.
    HandOverToDepartment,
    ReceptionRecorded,
    CompletionNotice,
    OpenBreach,
    DecideBreach,
}

/// <summary>
/// Checks a signal body for the fields its type needs (400 naming the field when one is missing) and returns the
/// trigger to apply. Team changes resolve the named unit through the directory (R-DS-5).
/// </summary>
public static class SignalParser
{
    public static Func<CaseState, Profile, CaseTrigger>? Parse(SignalBody body, Actor by, DateTimeOffset now, IReadOnlyCollection<StaffMember> directory, Validation v)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(v);
        var type = v.Enum<SignalType>(body.Type, "type");
        if (type is null)
        {
            return null;
        }

        Func<CaseState, Profile, CaseTrigger>? Text(string? value, string field, Func<string, CaseTrigger> make) =>
            v.Required(value, field, 1000) is { } t ? (_, _) => make(t) : null;

        Func<CaseState, Profile, CaseTrigger>? Team(Func<CaseTeam, CaseTrigger> make)
        {
            var unit = v.Required(body.Unit, "unit", 64);
            if (unit is not null && !directory.Any(m => m.Unit == unit))
            {
                v.Add("unit", $"No staff in unit '{unit}'.");
                return null;
            }

            return unit is null ? null : (_, profile) => make(TeamResolver.ForUnit(profile, unit, directory));
        }

        return type.Value switch
        {
            SignalType.Acknowledge => (_, _) => new Acknowledge(now, by, v.Optional(body.Note, "note", 1000)),
            SignalType.Arrived => (_, _) => new Arrived(now, by),
            SignalType.Progress => Text(body.Text, "text", t => new ProgressNote(now, by, t)),
            SignalType.Complete => Complete(body, by, now, v),
            SignalType.CannotResolve => Text(body.Reason, "reason", r => new CannotResolve(now, by, r)),
            SignalType.ApproveClosure => (_, _) => new Approve(now, by, ApprovalKind.Closure, v.Optional(body.Comment, "comment", 1000)),
            SignalType.ApproveForcedClosure => (_, _) => new Approve(now, by, ApprovalKind.ForcedClosure, v.Optional(body.Comment, "comment", 1000)),
            SignalType.ApproveInstruction => (_, _) => new Approve(now, by, ApprovalKind.Instruction, v.Optional(body.Comment, "comment", 1000)),
            SignalType.Revisit => Revisit(body, by, now, v),
            SignalType.RevisitNotReached => (_, _) => new RevisitNotReached(now, by, v.Optional(body.Note, "note", 1000)),
            SignalType.SecondComplaint => Text(body.Text, "text", t => new SecondComplaint(now, by, t)),
            SignalType.Reassign => v.Required(body.Reason, "reason", 500) is { } why ? Team(team => new Reassign(now, by, team, why)) : null,
            SignalType.Route => Team(team => new Route(now, by, team)),
            SignalType.HandOver => HandOver(body, by, now, directory, v),
            SignalType.Suspend => v.Required(body.ApprovalReference, "approvalReference", 100) is { } reference
                ? Text(body.Reason, "reason", r => new Suspend(now, by, reference, r)) : null,
            SignalType.Resume => Text(body.Reason, "reason", r => new Resume(now, by, r)),
            SignalType.LinkRelated => LinkRelated(body, by, now, v),
            SignalType.RelatedResolved => body.Number is { } n ? (_, _) => new RelatedResolved(now, by, n) : Missing(v, "number"),
            SignalType.Instruction => v.Required(body.To, "to", 64) is { } to && StaffId.TryParse(to, out var assignee)
                ? Text(body.Text, "text", t => new LeaderInstruction(now, by, t, assignee)) : Missing(v, "to"),
            SignalType.UpstreamDeadline => body.DueUtc is { } due ? (_, _) => new UpstreamDeadline(now, by, due.ToUniversalTime()) : Missing(v, "dueUtc"),
            SignalType.Close => (_, _) => new Close(now, by, v.Optional(body.Note, "note", 1000)),
            SignalType.Decline => Text(body.Reason, "reason", r => new Decline(now, by, r)),
            SignalType.ReportUpstream => Text(body.Text, "text", t => new ReportUpstream(now, by, t)),
            SignalType.AssignDepartment => v.Required(body.Note, "note", 1000) is { } measures
                ? Team(team => new AssignDepartment(now, by, team, measures)) : null,
            SignalType.SlipCopyReceived => (_, _) => new SlipCopyReceived(now, by, v.Optional(body.Note, "note", 1000)),
            SignalType.PaidDelayAgreed => body.DueUtc is { } newTime
                ? Text(body.Reason, "reason", r => new PaidDelayAgreed(now, by, newTime.ToUniversalTime(), r)) : Missing(v, "dueUtc"),
            SignalType.RecordAccountability => Accountability(body, by, now, directory, v),
            SignalType.AssessUnitHead => v.Enum<AssessmentVerdict>(body.Verdict, "verdict") is { } verdict
                ? Text(body.Comment, "comment", c => new AssessUnitHead(now, by, verdict, c)) : null,
            SignalType.FileCorrectiveAction => v.Required(body.Reference, "reference", 100) is { } reference
                ? Text(body.Text, "text", t => new FileCorrectiveAction(now, by, reference, t)) : null,
            >= SignalType.HandOverToDepartment => FirstQuestionSignals.Parse(type.Value, body, by, now, directory, v),
            _ => null,
        };
    }

    /// <summary>Reassign, route and hand-over name people or units, which are checked against the directory.</summary>
    public static bool NeedsDirectory(string? type) =>
        type?.Trim().ToLowerInvariant() is "reassign" or "route" or "hand-over" or "assign-department" or "record-accountability" || FirstQuestionSignals.NeedsDirectory(type);

    /// <summary>Second complaints come in through any agent on the phone, whoever owns the case (R-FU-8).</summary>
    public static bool ForAnyAgent(string? type) => string.Equals(type?.Trim(), "second-complaint", StringComparison.OrdinalIgnoreCase);

    private static Func<CaseState, Profile, CaseTrigger>? Complete(SignalBody body, Actor by, DateTimeOffset now, Validation v)
    {
        var result = v.Required(body.Result, "result", 1000);
        var kind = v.Enum<EvidenceKind>(body.Evidence?.Kind, "evidence.kind");
        var reference = v.Optional(body.Evidence?.Reference, "evidence.reference", 100);
        return result is null || kind is null ? null : (_, _) => new Complete(now, by, kind.Value, reference, result);
    }

    private static Func<CaseState, Profile, CaseTrigger>? Revisit(SignalBody body, Actor by, DateTimeOffset now, Validation v)
    {
        var rating = body.Rating?.Trim().ToUpperInvariant() switch
        {
            "A" => SatisfactionRating.Satisfied,
            "B" => SatisfactionRating.FairlySatisfied,
            "C" => SatisfactionRating.Dissatisfied,
            _ => (SatisfactionRating?)null,
        };
        if (rating is null)
        {
            v.Add("rating", "One of A (满意), B (一般满意), C (不满意).");
        }

        var stage = v.Enum<RevisitStage>(body.Stage, "stage", RevisitStage.Closing);
        var comment = v.Optional(body.Comment, "comment", 1000);
        var area = v.Optional(body.ServiceArea, "serviceArea", 64);
        var summary = v.Optional(body.Summary, "summary", 1000);
        return rating is null || stage is null ? null : (_, _) => new RevisitResult(now, by, stage.Value, rating.Value, comment, area, summary);
    }

    private static Func<CaseState, Profile, CaseTrigger>? HandOver(SignalBody body, Actor by, DateTimeOffset now, IReadOnlyCollection<StaffMember> directory, Validation v)
    {
        if (!StaffId.TryParse(body.To, out var to) || directory.All(m => m.Id != to))
        {
            return Missing(v, "to", "The staff id of the new first-question owner, from the directory.");
        }

        return v.Required(body.Reason, "reason", 500) is { } reason ? (_, _) => new HandOver(now, by, to, reason) : null;
    }

    /// <summary>R-RP-7 by hand: the person held to account must be in the directory; the kind one of the six.</summary>
    private static Func<CaseState, Profile, CaseTrigger>? Accountability(SignalBody body, Actor by, DateTimeOffset now, IReadOnlyCollection<StaffMember> directory, Validation v)
    {
        var kind = v.Enum<Hotline.Domain.Kpi.AccountabilityKind>(body.Kind, "kind");
        if (!StaffId.TryParse(body.Person, out var person) || directory.All(m => m.Id != person))
        {
            return Missing(v, "person", "The staff id of the person held to account, from the directory.");
        }

        return kind is { } k && v.Required(body.Reason, "reason", 1000) is { } reason
            ? (_, _) => new RecordAccountability(now, by, person, k, reason) : null;
    }

    private static Func<CaseState, Profile, CaseTrigger>? LinkRelated(SignalBody body, Actor by, DateTimeOffset now, Validation v)
    {
        CaseId? openedAs = null;
        if (body.OpenedAs is not null)
        {
            if (!CaseId.TryParse(body.OpenedAs, out var id))
            {
                return Missing(v, "openedAs", "A case id like 20261122-0042.");
            }

            openedAs = id;
        }

        return v.Required(body.Description, "description", 500) is { } d ? (_, _) => new LinkRelated(now, by, d, openedAs) : null;
    }

    private static Func<CaseState, Profile, CaseTrigger>? Missing(Validation v, string field, string reason = "Required.")
    {
        v.Add(field, reason);
        return null;
    }
}
