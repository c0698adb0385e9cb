using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;

namespace Hotline.Service.Api;

/// <summary>Builds the views; a viewer with no part in the case sees the caller's name, phone and any number in the text masked (R-PV-1).</summary>
public static class CaseViews
{
    public static CaseView Of(CaseState s, IReadOnlyList<LedgerEntry> ledger, StaffId viewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(ledger);
        var part = s.HasPart(viewer);
        string Text(string text) => part ? text : Mask.Text(text);
        var caller = part
            ? new CallerView(s.Caller.Name, s.Caller.Phone?.E164, s.Caller.Address, s.Caller.Property, Masked: false)
            : new CallerView(s.Caller.Name is { } name ? Mask.Name(name) : null, s.Caller.Phone is { } phone ? Mask.Phone(phone) : null, s.Caller.Address, s.Caller.Property, Masked: true);
        return new CaseView(
            s.Id.Value, s.Id.Ref, Kebab(s.Status), s.ProfileId, s.Category, Kebab(s.Urgency), Kebab(s.Channel), s.Assignee?.Value, s.FirstOwner.Value,
            caller, Text(s.Summary), s.Details is null ? null : Text(s.Details), s.ReceivedUtc, s.HandlingDueUtc, CaseQueries.IsOverdue(s, now), s.Team.Unit,
            [.. s.Deadlines.OrderBy(d => d.DueUtc).Select(d => new DeadlineView(Kebab(d.Kind), d.DueUtc))],
            [.. ledger.OrderBy(e => e.Sequence).Select(e => new TimelineView(e.Sequence, e.AtUtc, Kebab(e.Kind), e.By?.Value, Text(e.Text), e.Rule))],
            [.. s.Revisits.Select(r => new RevisitView(Kebab(r.Stage), RatingCode(r.Rating), r.Comment is null ? null : Text(r.Comment), r.ServiceArea, r.By.Value, r.AtUtc, r.Summary is null ? null : Text(r.Summary)))],
            s.Closure is { } c ? new ClosureView(Kebab(c.Outcome), Text(c.FinalResult), c.ApprovedBy?.Value, c.Dispatcher.Value, c.AtUtc) : null,
            s.Version,
            s.LinkedUnit,
            FirstQuestionViews.Of(s.FirstQuestion, Text));
    }

    public static CaseSummaryView Summary(CaseState s, StaffId viewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var summary = s.HasPart(viewer) ? s.Summary : Mask.Text(s.Summary);
        return new CaseSummaryView(s.Id.Value, s.Id.Ref, Kebab(s.Status), s.Category, Kebab(s.Urgency), s.Assignee?.Value, s.FirstOwner.Value,
            summary, s.ReceivedUtc, s.HandlingDueUtc, CaseQueries.IsOverdue(s, now));
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
