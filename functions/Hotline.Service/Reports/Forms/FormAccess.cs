using Hotline.Domain.Cases;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// Who may read which form (issue 11 §5). Managers (manager, deputy GM, GM), the quality office and admins read every
/// form. Agents read their own line: the monthly summary's and the logs' rows of the calls they took, and the per-case
/// forms of cases they have a part in. The upstream office reads its own supervision items — those it is the upstream of
/// (<see cref="CaseState.HasPart"/> through <see cref="CaseTeam.Upstream"/>), not another office's: the supervision ledger's
/// rows and the per-case forms of those items. Anyone else reads the per-case forms of cases they have a part in. No period form
/// shows caller data to anyone (R-PV-1); a per-case form shows it only to a reader with a part in the case.
/// </summary>
public static class FormAccess
{
    public static bool ReadsEverything(StaffRecord reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var m = reader.Member;
        return m.Has(Role.Manager) || m.Has(Role.DeputyGeneralManager) || m.Has(Role.GeneralManager) || m.Has(Role.QualityOffice) || m.Has(Role.Admin);
    }

    /// <summary>The refusal for a per-case form, or null when the reader may read it.</summary>
    public static string? RefuseCase(StaffRecord reader, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(state);
        if (ReadsEverything(reader) || state.HasPart(reader.Member.Id))
        {
            return null;
        }

        return $"{reader.Member.Id} has no part in case {state.Id}; its forms are for the staff handling it, the managers and the quality office (R-PV-1).";
    }

    /// <summary>The refusal for a period form, or null; <paramref name="rows"/> narrows the rows to the reader's own.</summary>
    public static string? RefusePeriod(StaffRecord reader, string code, out Func<CaseState, bool>? rows, out Func<Domain.Reports.MonthlySummary, Domain.Reports.MonthlySummary>? summary)
    {
        ArgumentNullException.ThrowIfNull(reader);
        rows = null;
        summary = null;
        if (ReadsEverything(reader))
        {
            return null;
        }

        var me = reader.Member.Id;
        if (reader.Member.Has(Role.Agent) && code is FormCodes.MonthlySummary or FormCodes.HotlineLog or FormCodes.CallLedger or FormCodes.WorkLog or FormCodes.ReceptionRecord)
        {
            // The work log is narrowed line by line instead (OwnLines): an agent's own entries on any case.
            rows = code == FormCodes.WorkLog
                ? null
                : s => s.IsFirstQuestionHolder(me);
            summary = s => s.OnlyFor(me);
            return null;
        }

        if (reader.Member.Has(Role.Upstream) && code == FormCodes.SupervisionLedger)
        {
            rows = s => s.Upstream is not null && s.Team.Upstream == me;
            return null;
        }

        return $"{me} may not read the {code} form: agents read their own lines, the upstream office its supervision items (R-PV-1).";
    }

    /// <summary>The work log's lines a reader may see: every line for those who read everything, else their own entries.</summary>
    public static Func<LedgerEntry, bool>? OwnLines(StaffRecord reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var me = reader.Member.Id;
        return ReadsEverything(reader) ? null : e => e.By == me;
    }
}
