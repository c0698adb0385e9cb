using Hotline.Domain.Cases;
using Hotline.Domain.Sms;
using Hotline.Domain.Staff;

namespace Hotline.Service.Sms;

/// <summary>
/// The first-question verbs by SMS (004): 移交 by the owner (R-FQ-1), 接收 by the receiving department (R-FQ-1), 通知首问
/// by the department that finished (R-FQ-2). Each becomes the same trigger as its API signal, and the case machine decides
/// who may send it; this class only finds the cases the sender has a part in and fills in what an SMS leaves out (which
/// hand-over is received, who the named department or person is).
/// </summary>
public static class FirstQuestionSms
{
    public static bool IsFirstQuestionVerb(SmsVerb verb) => verb is SmsVerb.HandOver or SmsVerb.Receive or SmsVerb.NotifyOwner;

    /// <summary>Whether <paramref name="staff"/> has a part in the open first-question duty of <paramref name="s"/>: its owner, or someone it was handed to.</summary>
    public static bool HasPart(CaseState s, StaffId staff)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.FirstQuestion is { DutyEndedUtc: null } fq && (s.FirstOwner == staff || fq.HandOvers.Any(h => h.To == staff));
    }

    /// <summary>The cases a first-question verb from <paramref name="staff"/> can be about.</summary>
    public static bool IsCandidate(CaseState s, SmsVerb verb, StaffId staff)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.FirstQuestion is not { DutyEndedUtc: null } fq)
        {
            return false;
        }

        return verb switch
        {
            SmsVerb.HandOver => s.FirstOwner == staff,
            SmsVerb.Receive => PendingReception(s, staff) is not null,
            SmsVerb.NotifyOwner => s.FirstOwner != staff && (fq.HandOvers.Any(h => h.To == staff) || s.Team.IsResponsible(staff) || s.Assignee == staff),
            _ => false,
        };
    }

    /// <summary>The trigger the verb means on this case, or the Chinese reason it cannot be made (nothing is applied then).</summary>
    public static (CaseTrigger? Trigger, string? Refusal) ToTrigger(
        SmsCommand command, CaseState s, Actor by, DateTimeOffset now, IReadOnlyCollection<StaffMember> directory)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(by);
        switch (command.Verb)
        {
            case SmsVerb.HandOver:
                var (to, refusal) = Receiver(command.HandOverTo, by.Id, directory);
                return to is null
                    ? (null, refusal)
                    : (new HandOverToDepartment(now, by, to.Id, to.Unit, command.HandOverMethod!.Value, command.Text!), null);
            case SmsVerb.Receive:
                return PendingReception(s, by.Id) is { } record
                    ? (new ReceptionRecorded(now, by, record.Number, command.Text), null)
                    : (null, $"{s.Id.Ref}没有待您接收的移交");
            case SmsVerb.NotifyOwner:
                return (new CompletionNotice(now, by, command.Text!), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Verb, "Not a first-question verb.");
        }
    }

    /// <summary>The first hand-over not yet in a reception record that names the sender, or else the sender's unit when they are responsible for the case.</summary>
    private static HandOverRecord? PendingReception(CaseState s, StaffId staff)
    {
        var open = s.FirstQuestion?.HandOvers.Where(h => !h.ReceptionRecorded).ToList() ?? [];
        return open.FirstOrDefault(h => h.To == staff)
            ?? open.FirstOrDefault(h => h.ToUnit is not null && h.ToUnit == s.Team.Unit && (s.Team.IsResponsible(staff) || s.Assignee == staff));
    }

    /// <summary>
    /// Who a 移交 goes to: nobody named = the sender's direct supervisor (004: 操作人员…转移至直接上司); a unit = its
    /// supervisor (责任部门主管); else a staff id, or one word of exactly one person's name. Nothing is guessed.
    /// </summary>
    private static (StaffMember? To, string? Refusal) Receiver(string? named, StaffId sender, IReadOnlyCollection<StaffMember> directory)
    {
        if (named is null)
        {
            var manager = directory.FirstOrDefault(m => m.Id == sender)?.ManagerId;
            return directory.FirstOrDefault(m => m.Id == manager) is { } boss
                ? (boss, null)
                : (null, "通讯录中没有您的直接上司，请写明移交的部门或接收人");
        }

        var inUnit = directory.Where(m => string.Equals(m.Unit, named, StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Id.Value, StringComparer.Ordinal).ToList();
        if (inUnit.Count > 0)
        {
            return inUnit.FirstOrDefault(m => m.Has(Role.Supervisor)) is { } head
                ? (head, null)
                : (null, $"部门{named}没有主管，请写明接收人");
        }

        if (directory.FirstOrDefault(m => string.Equals(m.Id.Value, named, StringComparison.OrdinalIgnoreCase)) is { } byId)
        {
            return (byId, null);
        }

        var byName = directory.Where(m => m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(named, StringComparer.Ordinal)).ToList();
        return byName.Count switch
        {
            1 => (byName[0], null),
            0 => (null, $"通讯录中没有部门或人员\"{named}\"，请写部门编号或接收人姓名"),
            _ => (null, $"\"{named}\"对应{byName.Count}人，请写工号"),
        };
    }
}
