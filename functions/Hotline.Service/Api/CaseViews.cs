using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;

namespace Hotline.Service.Api;

/// <summary>
/// Builds the views. A viewer with no part in the case (R-PV-1) sees the caller's name, phone, room and property masked
/// (<see cref="Mask.Name"/>, <see cref="Mask.Phone(string)"/>, <see cref="Mask.Address"/>), and free text with the caller's
/// name, address and every phone-like number masked (<see cref="Mask.AboutCaller"/>).
/// </summary>
public static class CaseViews
{
    public static CaseView Of(CaseState s, IReadOnlyList<LedgerEntry> ledger, StaffId viewer, DateTimeOffset now, StaffNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(ledger);
        names ??= StaffNames.None;
        var part = s.HasPart(viewer);
        string Text(string text) => part ? text : Mask.AboutCaller(text, s.Caller);
        return new CaseView(
            s.Id.Value, s.Id.Ref, Kebab(s.Status), s.ProfileId, s.Category, Kebab(s.Urgency), Kebab(s.Channel), s.Assignee?.Value, s.FirstOwner.Value,
            Caller(s, part), Text(s.Summary), s.Details is null ? null : Text(s.Details), s.ReceivedUtc, s.HandlingDueUtc, CaseQueries.IsOverdue(s, now), s.Team.Unit,
            [.. s.Deadlines.OrderBy(d => d.DueUtc).Select(d => new DeadlineView(Kebab(d.Kind), d.DueUtc))],
            [.. ledger.OrderBy(e => e.Sequence).Select(e => new TimelineView(e.Sequence, e.AtUtc, Kebab(e.Kind), e.By?.Value, Text(e.Text), e.Rule, names.Of(e.By)))],
            [.. s.Revisits.Select(r => new RevisitView(Kebab(r.Stage), RatingCode(r.Rating), r.Comment is null ? null : Text(r.Comment), r.ServiceArea, r.By.Value, r.AtUtc, r.Summary is null ? null : Text(r.Summary)))],
            s.Closure is { } c ? new ClosureView(Kebab(c.Outcome), Text(c.FinalResult), c.ApprovedBy?.Value, c.Dispatcher.Value, c.AtUtc) : null,
            s.Version,
            s.LinkedUnit,
            FirstQuestionViews.Of(s.FirstQuestion, Text),
            names.Of(s.Assignee),
            names.Of(s.FirstOwner));
    }

    /// <param name="profile">The case's profile, to tell what awaits the viewer; null leaves <c>awaiting</c> null.</param>
    public static CaseSummaryView Summary(CaseState s, StaffMember viewer, DateTimeOffset now, StaffNames names, Profile? profile)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(names);
        var part = s.HasPart(viewer.Id);
        var caller = Caller(s, part);
        var awaiting = profile is null ? null : CaseAwaiting.Of(s, Actor.Of(viewer), profile);
        return new CaseSummaryView(
            s.Id.Value, s.Id.Ref, Kebab(s.Status), s.Category, Kebab(s.Urgency), s.Assignee?.Value, s.FirstOwner.Value,
            part ? s.Summary : Mask.AboutCaller(s.Summary, s.Caller), s.ReceivedUtc, s.HandlingDueUtc, CaseQueries.IsOverdue(s, now),
            s.ProfileId, names.Of(s.Assignee), names.Of(s.FirstOwner), caller.Name, caller.Phone, caller.Address, caller.Property, caller.Masked,
            s.Upstream?.Number, CaseDeadlines.NextDue(s), CaseDeadlines.IsNear(s, now), awaiting is { } step ? Kebab(step) : null);
    }

    /// <summary>The caller as this viewer may see them: in clear with a part in the case, masked without (R-PV-1).</summary>
    public static CallerView Caller(CaseState s, bool part)
    {
        ArgumentNullException.ThrowIfNull(s);
        var c = s.Caller;
        return part
            ? new CallerView(c.Name, c.Phone?.E164, c.Address, c.Property, Masked: false)
            : new CallerView(c.Name is { } name ? Mask.Name(name) : null, c.Phone is { } phone ? Mask.Phone(phone) : null, Mask.Address(c.Address), Mask.Address(c.Property), Masked: true);
    }

    public static string RatingCode(SatisfactionRating rating) => rating switch
    {
        SatisfactionRating.Satisfied => "A",
        SatisfactionRating.FairlySatisfied => "B",
        _ => "C",
    };

    public static string Kebab<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
