using Hotline.Domain.Cases;

namespace Hotline.Service.Api;

/// <summary>
/// The first-question record as the console shows it (004; R-IN-9, R-FQ-1..3): what the owner read back and told the
/// caller, the coordination-slip lines with their reception, whether the duty ended, and the breaches with their numbers
/// (which reception-recorded and decide-breach name).
/// </summary>
public sealed record FirstQuestionView(
    string ReceivedBy,
    string RecordedBy,
    string? ReadBack,
    string? ToldProcedure,
    DateTimeOffset? ToldExpectedUtc,
    IReadOnlyList<HandOverView> HandOvers,
    DateTimeOffset? DutyEndedUtc,
    string? DutyEndedBy,
    IReadOnlyList<BreachView> Breaches);

public sealed record HandOverView(int Number, string From, string To, string? ToUnit, string Method, string Reason, DateTimeOffset AtUtc, DateTimeOffset? ReceptionRecordedUtc);

public sealed record BreachView(int Number, string Person, string Kind, string Facts, bool SpotCheck, DateTimeOffset? DueUtc, string? Sanction, DateTimeOffset? DecidedUtc);

public static class FirstQuestionViews
{
    /// <param name="text">Masks free text for a viewer with no part in the case (R-PV-1).</param>
    public static FirstQuestionView? Of(FirstQuestionRecord? fq, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (fq is null)
        {
            return null;
        }

        return new FirstQuestionView(
            fq.ReceivedBy.Value, fq.RecordedBy.Value, fq.ReadBack is null ? null : text(fq.ReadBack), fq.ToldProcedure is null ? null : text(fq.ToldProcedure), fq.ToldExpectedUtc,
            [.. fq.HandOvers.Select(h => new HandOverView(h.Number, h.From.Value, h.To.Value, h.ToUnit, CaseViews.Kebab(h.Method), text(h.Reason), h.AtUtc, h.ReceptionRecordedUtc))],
            fq.DutyEndedUtc, fq.DutyEndedBy?.Value,
            [.. fq.Breaches.Select(b => new BreachView(b.Number, b.Person.Value, CaseViews.Kebab(b.Kind), text(b.Facts), b.SpotCheck, b.DueUtc,
                b.Sanction is { } s ? CaseViews.Kebab(s) : null, b.DecidedUtc))]);
    }
}
