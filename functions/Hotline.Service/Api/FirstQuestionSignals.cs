using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Service.Api;

/// <summary>
/// The first-question signals (004): hand-over to a department with its method (R-FQ-1), the reception record, the
/// completion notice that ends the duty (R-FQ-2), and breaches (R-FQ-3). People named are checked against the directory.
/// </summary>
public static class FirstQuestionSignals
{
    public static bool NeedsDirectory(string? type) =>
        type?.Trim().ToLowerInvariant() is "hand-over-to-department" or "completion-notice" or "open-breach";

    public static Func<CaseState, Profile, CaseTrigger>? Parse(
        SignalType type, SignalBody body, Actor by, DateTimeOffset now, IReadOnlyCollection<StaffMember> directory, Validation v)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(v);
        switch (type)
        {
            case SignalType.HandOverToDepartment:
            {
                var to = Person(body.To, "to", directory, v);
                var method = v.Enum<HandOverMethod>(body.Method, "method");
                var reason = v.Required(body.Reason, "reason", 500);
                var unit = to is { } id ? directory.First(m => m.Id == id).Unit : null;
                return to is null || method is null || reason is null ? null : (_, _) => new HandOverToDepartment(now, by, to.Value, unit, method.Value, reason);
            }

            case SignalType.ReceptionRecorded:
                if (body.Number is not { } number)
                {
                    v.Add("number", "The coordination slip's hand-over number.");
                    return null;
                }

                var note = v.Optional(body.Note, "note", 500);
                return (_, _) => new ReceptionRecorded(now, by, number, note);

            case SignalType.CompletionNotice:
            {
                var result = v.Required(body.Result, "result", 500);
                var toSupervisor = body.ToOwnerSupervisor == true;
                // The owner's supervisor is the directory's manager of whoever owns the case when it is applied.
                StaffId? SupervisorOf(CaseState s) => toSupervisor ? directory.FirstOrDefault(m => m.Id == s.FirstOwner)?.ManagerId : null;
                return result is null ? null : (s, _) => new CompletionNotice(now, by, result, SupervisorOf(s));
            }

            case SignalType.OpenBreach:
            {
                var person = Person(body.Person, "person", directory, v);
                var kind = v.Enum<BreachKind>(body.Kind, "kind");
                var facts = v.Required(body.Text, "text", 1000);
                return person is null || kind is null || facts is null ? null : (_, _) => new OpenBreach(now, by, person.Value, kind.Value, facts, body.SpotCheck == true);
            }

            default:
            {
                var sanction = v.Enum<BreachSanction>(body.Sanction, "sanction");
                var reason = v.Required(body.Reason, "reason", 500);
                if (body.Number is null)
                {
                    v.Add("number", "The breach's number on the case.");
                }

                return sanction is null || reason is null || body.Number is not { } n ? null : (_, _) => new DecideBreach(now, by, n, sanction.Value, reason);
            }
        }
    }

    private static StaffId? Person(string? text, string field, IReadOnlyCollection<StaffMember> directory, Validation v)
    {
        if (StaffId.TryParse(text, out var id) && directory.Any(m => m.Id == id))
        {
            return id;
        }

        v.Add(field, "A staff id from the directory.");
        return null;
    }
}
