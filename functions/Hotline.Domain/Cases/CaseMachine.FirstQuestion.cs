using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// The first-question duty (首问责任制, seed 004): whoever the caller first reaches owns the request (R-IN-9), passes it
/// on the record (R-FQ-1), is released by the department's completion notice (R-FQ-2); breaches are decided within the
/// profile's period (R-FQ-3). Everything lands in <see cref="FirstQuestionRecord"/> for the compliance audit (R-RP-8).
/// </summary>
public static partial class CaseMachine
{
    /// <summary>R-IN-9: an intake in another staff member's name needs the recording-on-behalf role.</summary>
    private static Decision.Rejected? CheckFirstContact(Intake t) =>
        t.FirstContact?.RecordedBy is { } recorder && recorder.Id != t.By.Id && !recorder.Has(Role.Recorder)
            ? Forbidden(Rejection.NotAllowed, $"{recorder.Id} may not record a request in {t.By.Id}'s name: only the first-question owner, or a recorder on their behalf (R-IN-9).")
            : null;

    /// <summary>Opens the first-question record: who received it, who typed it, the read-back and what the caller was told (R-IN-9).</summary>
    private static void RecordFirstContact(Step step, Intake t)
    {
        var contact = t.FirstContact ?? new FirstContact();
        var recorder = contact.RecordedBy?.Id ?? t.By.Id;
        step.State = step.State with
        {
            FirstQuestion = new FirstQuestionRecord(t.By.Id, recorder, Trimmed(contact.ReadBack), Trimmed(contact.ToldProcedure), contact.ToldExpectedUtc),
        };
        var fq = step.State.FirstQuestion!;
        if (recorder != t.By.Id)
        {
            step.Log(LedgerKind.Received, $"{recorder} 代为登记，首问责任人 {t.By.Id}", "R-IN-9", recorder);
        }

        if (fq.ReadBack is { } readBack)
        {
            step.Log(LedgerKind.Received, $"复述确认：{readBack}", "R-IN-9", t.By.Id);
        }

        if (fq.ToldProcedure is not null || fq.ToldExpectedUtc is not null)
        {
            var expected = fq.ToldExpectedUtc is { } at ? step.Profile.Calendar.FormatLocal(at) : "未告知";
            step.Log(LedgerKind.Received, $"已告知来电人办理程序：{fq.ToldProcedure ?? "未告知"}；预计解决时间：{expected}", "R-IN-9", t.By.Id);
        }
    }

    private static Decision.Rejected? OnHandOverToDepartment(Step step, HandOverToDepartment t)
    {
        var s = step.State;
        var fq = FirstQuestionOf(s);
        if (t.By.Id != s.FirstOwner && !t.By.Has(Role.Coordinator) && !IsLadder(s, t.By))
        {
            // R-DS-6: a department that received the request takes it; only the owner (or the coordinator) passes it on.
            return Forbidden(Rejection.NotAllowed, $"Only the first-question owner ({s.FirstOwner}), the coordinator or the manager hands the request over (R-FQ-1, R-DS-6).");
        }

        if (fq.DutyEndedUtc is not null)
        {
            return new Decision.Rejected("R-FQ-2", $"The first-question duty of case {s.Id} has ended.");
        }

        if (t.To == t.By.Id || string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("A hand-over names another person and the reason (R-FQ-1).");
        }

        var record = new HandOverRecord(fq.HandOvers.Length + 1, t.By.Id, t.To, Trimmed(t.ToUnit), t.Method, t.Reason.Trim(), t.AtUtc);
        step.State = s with { FirstQuestion = fq with { HandOvers = fq.HandOvers.Add(record) } };
        step.Log(LedgerKind.HandedOver,
            $"客户接待事项协调单 #{record.Number}：{record.From} → {record.To}（{record.ToUnit ?? "责任部门"}），{FirstQuestionLabels.Of(t.Method)}：{record.Reason}",
            "R-FQ-1", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnReceptionRecorded(Step step, ReceptionRecorded t)
    {
        var s = step.State;
        var fq = FirstQuestionOf(s);
        if (fq.HandOvers.FirstOrDefault(h => h.Number == t.HandOver) is not { } record)
        {
            return Invalid($"Case {s.Id} has no hand-over #{t.HandOver}.");
        }

        var ofUnit = record.ToUnit is not null && record.ToUnit == s.Team.Unit && IsResponsible(s, t.By);
        if (t.By.Id != record.To && !ofUnit)
        {
            return Forbidden(Rejection.NotAllowed, $"The receiving department ({record.To}) records hand-over #{record.Number} (R-FQ-1).");
        }

        if (record.ReceptionRecorded)
        {
            return Invalid($"Hand-over #{record.Number} is already in the reception record.");
        }

        var note = Trimmed(t.Note);
        var updated = record with { ReceptionRecordedBy = t.By.Id, ReceptionRecordedUtc = t.AtUtc, ReceptionNote = note };
        step.State = s with { FirstQuestion = fq with { HandOvers = fq.HandOvers.Replace(record, updated) } };
        step.Log(LedgerKind.HandedOver,
            $"接待业主情况记录：接收协调单 #{record.Number}，首问责任人 {s.FirstOwner}{(note is null ? string.Empty : "；" + note)}", "R-FQ-1", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnCompletionNotice(Step step, CompletionNotice t)
    {
        var s = step.State;
        var fq = FirstQuestionOf(s);
        var receiver = fq.HandOvers.Any(h => h.To == t.By.Id);
        if (!receiver && !IsResponsible(s, t.By) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"The department that handled case {s.Id} tells its first-question owner it has finished (R-FQ-2).");
        }

        if (fq.DutyEndedUtc is not null)
        {
            return Invalid($"The first-question duty of case {s.Id} ended already.");
        }

        if (s.Status is not (CaseStatus.Completed or CaseStatus.Closed) || string.IsNullOrWhiteSpace(t.Result))
        {
            return new Decision.Rejected("R-FQ-2", $"The department tells the owner when it has finished, with the result; case {s.Id} is {s.Status}.");
        }

        var told = t.OwnerSupervisor ?? s.FirstOwner;
        step.State = s with { FirstQuestion = fq with { DutyEndedUtc = t.AtUtc, DutyEndedBy = t.By.Id, DutyEndNotified = told } };
        var to = told == s.FirstOwner ? $"首问责任人 {told}" : $"首问责任人 {s.FirstOwner} 的主管 {told}";
        step.Log(LedgerKind.DutyEnded, $"{t.By.Id} 办结通知{to}：{t.Result.Trim()}；首问责任结束", "R-FQ-2", t.By.Id);
        step.Notify(told, new Notice(NoticeKind.FirstQuestionDutyEnded, Subject: t.By.Id, Text: t.Result.Trim()), "R-FQ-2");
        return null;
    }

    /// <summary>A hand-over of the duty itself (<see cref="HandOver"/>) is kept for the audit (R-RP-8).</summary>
    private static FirstQuestionRecord WithOwnerChange(CaseState s, HandOver t)
    {
        var fq = FirstQuestionOf(s);
        return fq with { OwnerChanges = fq.OwnerChanges.Add(new OwnerChange(s.FirstOwner, t.To, t.Reason.Trim(), t.By.Id, t.AtUtc)) };
    }

    /// <summary>The first-question record of a case stored before it existed: the owner received and recorded it.</summary>
    internal static FirstQuestionRecord FirstQuestionOf(CaseState s) =>
        s.FirstQuestion ?? new FirstQuestionRecord(s.FirstOwner, s.FirstOwner, null, null, null);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
