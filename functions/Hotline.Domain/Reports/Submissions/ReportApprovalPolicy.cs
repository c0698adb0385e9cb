using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports.Submissions;

/// <summary>The reports a profile submits for approval (R-RP-9).</summary>
public enum ReportKind
{
    /// <summary>周报: one ISO week (R-RP-4).</summary>
    Weekly,
    /// <summary>月汇总: one calendar month, due by the profile's roll-up and upstream days (R-RP-4).</summary>
    Monthly,
}

/// <summary>
/// Who holds a step of the chain: a directory role, optionally narrowed to one unit. The heating seed's 经营科科长 is the
/// head (Supervisor) of the business section — the directory already says who heads which unit, so the profile names
/// the role and the unit rather than a person: a new 科长 is a directory change, not a profile change.
/// </summary>
public sealed record StaffSelector(Role Role, string? Unit = null)
{
    public bool Matches(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Has(Role) && (Unit is null || string.Equals(member.Unit, Unit, StringComparison.Ordinal));
    }

    public override string ToString() => Unit is null ? Role.ToString() : $"{Role} of unit '{Unit}'";
}

/// <summary>
/// R-RP-9 (003 §七): a report is reviewed by <see cref="Reviewer"/>, then approved by <see cref="Approver"/>; the kinds in
/// <see cref="Upstream"/> are then submitted upstream by the hotline agent (专线员) by the profile's upstream day.
/// </summary>
/// <param name="RemindWorkingDaysBefore">The reminder goes out at the opening of this many working days before each deadline.</param>
public sealed record ReportApprovalPolicy(
    IReadOnlySet<ReportKind> Reports, StaffSelector Reviewer, StaffSelector Approver, IReadOnlySet<ReportKind> Upstream, int RemindWorkingDaysBefore)
{
    /// <summary>Who prepares and submits: the hotline agent (专线员, rules.md Roles), or the reviewer on the agent's behalf.</summary>
    public bool MayPrepare(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Has(Role.Agent) || Reviewer.Matches(member);
    }

    public bool Covers(ReportKind kind) => Reports.Contains(kind);

    public bool GoesUpstream(ReportKind kind) => Upstream.Contains(kind);
}
