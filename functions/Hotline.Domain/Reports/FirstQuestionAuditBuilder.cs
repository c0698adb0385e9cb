using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>Builds the first-question compliance audit (R-RP-8) from the case snapshots; pure, the as-of time is passed in.</summary>
public static class FirstQuestionAuditBuilder
{
    /// <summary>The period of the audit: whole local days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static ReportPeriod Period(Profile profile, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ReportPeriod(from, to, ReportPeriod.Day(profile.Calendar, from).StartUtc, ReportPeriod.Day(profile.Calendar, to).EndUtc);
    }

    /// <summary>
    /// Cases received in the period are audited; breaches count when opened in the period, whatever the case's age.
    /// </summary>
    public static FirstQuestionAudit Build(Profile profile, DateOnly from, DateOnly to, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var period = Period(profile, from, to);
        var asOf = period.AsOf(nowUtc);
        var limit = profile.FirstQuestion.DoneWithinContacts;
        var states = cases.Select(c => c.State).Where(s => s.ProfileId == profile.Id).OrderBy(s => s.ReceivedUtc).ThenBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
        var lines = states.Where(s => period.Contains(s.ReceivedUtc)).Select(s => Line(s, limit)).ToList();
        var breaches = states
            .SelectMany(s => CaseMachine.FirstQuestionOf(s).Breaches.Where(b => period.Contains(b.OpenedUtc)).Select(b => Breach(s, b, asOf)))
            .OrderBy(b => b.OpenedUtc).ToList();

        var totals = new FirstQuestionAuditTotals(
            Cases: lines.Count,
            RecordedOnBehalf: lines.Count(l => l.RecordedBy != l.ReceivedBy),
            ReadBack: lines.Count(l => l.ReadBack),
            ToldCaller: lines.Count(l => l.ToldCaller),
            HandOvers: lines.Sum(l => l.HandOvers.Count),
            HandOversNotRecorded: lines.Sum(l => l.HandOvers.Count(h => !h.ReceptionRecorded)),
            DutyEnded: lines.Count(l => l.Duty == Ended),
            HandledByOwner: lines.Count(l => l.Duty == HandledByOwner),
            DutyOpen: lines.Count(l => l.Duty == Open),
            DoneWithinContactsMet: lines.Count(l => l.DoneWithinContacts == Met),
            DoneWithinContactsNotMet: lines.Count(l => l.DoneWithinContacts == NotMet),
            DoneWithinContactsPending: lines.Count(l => l.DoneWithinContacts == Pending),
            BreachesOpened: breaches.Count,
            BreachesDecided: breaches.Count(b => b.DecidedUtc is not null),
            BreachesOverdue: breaches.Count(b => b.Overdue));
        return new FirstQuestionAudit(profile.Id, from, to, asOf, limit, totals, lines, breaches);
    }

    private const string Ended = "ended";
    private const string HandledByOwner = "handled-by-owner";
    private const string Open = "open";
    private const string Met = "met";
    private const string NotMet = "not-met";
    private const string Pending = "pending";

    private static FirstQuestionAuditCase Line(CaseState s, int limit)
    {
        var fq = CaseMachine.FirstQuestionOf(s);
        var done = s.Status is CaseStatus.Answered or CaseStatus.Completed
            || (s.Status == CaseStatus.Closed && s.Closure?.Outcome == ClosureOutcome.Resolved);
        // The caller's first contact, then each time they had to come back about it (二次投诉, R-FU-8).
        var contacts = 1 + s.SecondComplaints;
        var twice = contacts > limit || s.Closure?.Outcome == ClosureOutcome.ForceClosed ? NotMet : done ? Met : Pending;

        string duty;
        DateTimeOffset? endedAt;
        if (fq.DutyEndedUtc is { } ended)
        {
            (duty, endedAt) = (Ended, ended);
        }
        else if (fq.HandOvers.IsDefaultOrEmpty && (done || s.IsTerminal))
        {
            // Nothing was handed over: the owner saw it through themselves (answered on the spot, or the case is done).
            (duty, endedAt) = (HandledByOwner, s.Closure?.AtUtc ?? s.CompletedUtc ?? s.ReceivedUtc);
        }
        else
        {
            (duty, endedAt) = (Open, null);
        }

        return new FirstQuestionAuditCase(
            s.Id.Value, s.Category, Kebab(s.Status), s.ReceivedUtc, fq.ReceivedBy.Value, fq.RecordedBy.Value, s.FirstOwner.Value,
            fq.ReadBack is not null, fq.ToldProcedure is not null || fq.ToldExpectedUtc is not null,
            [.. fq.HandOvers.Select(h => new FirstQuestionAuditHandOver(
                h.Number, h.From.Value, h.To.Value, h.ToUnit, Kebab(h.Method), h.AtUtc, h.ReceptionRecorded, h.ReceptionRecordedUtc))],
            [.. fq.OwnerChanges.Select(c => new FirstQuestionAuditOwnerChange(c.From.Value, c.To.Value, c.Reason, c.AtUtc))],
            duty, endedAt, fq.DutyEndNotified?.Value, contacts, twice);
    }

    private static FirstQuestionAuditBreach Breach(CaseState s, BreachRecord b, DateTimeOffset asOf)
    {
        var overdue = b.DueUtc is { } due && (b.DecidedUtc ?? asOf) > due;
        return new FirstQuestionAuditBreach(
            s.Id.Value, b.Number, b.Person.Value, Kebab(b.Kind), b.SpotCheck, b.OpenedUtc, b.DueUtc, b.Sanction is { } x ? Kebab(x) : null, b.DecidedUtc, overdue);
    }

    private static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
