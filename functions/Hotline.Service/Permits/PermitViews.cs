using Hotline.Domain.Permits;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;

namespace Hotline.Service.Permits;

public sealed record AuthorisationView(bool SignedByOwner, bool OwnerIdCopyAttached, string? AuthorisedPerson, DateOnly? ForDate, string? ItemsNamed);

public sealed record PermitView(
    string Id, string ProfileId, string Unit, string Items, bool ValuableOrLarge, string Applicant, string ApplicantName, bool IdShown, bool SignedByApplicant,
    AuthorisationView? Authorisation, bool AuthorisationAttached, bool ReleasesValuables, string IssuedBy, DateTimeOffset IssuedUtc, IReadOnlyList<string> Copies,
    DateTimeOffset HandBackDueUtc, DateTimeOffset? SecurityCopyFiledUtc, bool HandBackOverdue, bool Masked);

public sealed record PermitList(string ProfileId, int HandBackEveryDays, IReadOnlyList<string> OverdueHandBacks, IReadOnlyList<PermitView> Items);

public sealed record GateView(string Outcome, bool Released, string? PermitId, string Reason);

/// <summary>
/// Permit views. The service centre (receptionists, the manager), the security unit that keeps the second copy and the issuer
/// read the applicant's and authorised person's names; anyone else sees them masked, and any number in the text masked (R-PV-1).
/// </summary>
public static class PermitViews
{
    public static bool HasPart(ReleasePermit permit, StaffMember viewer, ReleasePermitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(permit);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(policy);
        return viewer.Has(Role.Agent) || viewer.Has(Role.Manager) || viewer.Id == permit.IssuedBy || IsSecurity(viewer, policy);
    }

    public static bool IsSecurity(StaffMember member, ReleasePermitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(policy);
        return policy.SecurityUnit is { } unit && string.Equals(member.Unit, unit, StringComparison.Ordinal);
    }

    public static PermitView Of(ReleasePermit p, StaffRecord viewer, ReleasePermitPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(policy);
        var part = HasPart(p, viewer.Member, policy);
        string Name(string name) => part ? name : Mask.Name(name);
        string Text(string text) => part ? text : Mask.Text(text);
        var r = p.Request;
        var auth = r.Authorisation is { } a
            ? new AuthorisationView(a.SignedByOwner, a.OwnerIdCopyAttached, a.AuthorisedPerson is null ? null : Name(a.AuthorisedPerson), a.ForDate, a.ItemsNamed is null ? null : Text(a.ItemsNamed))
            : null;
        var every = Math.Max(policy.HandBackEveryDays, 1);
        return new PermitView(
            p.Id, p.ProfileId, r.Unit, Text(r.Items), r.ValuableOrLarge, CaseViews.Kebab(r.Applicant), Name(r.ApplicantName), r.IdShown, r.SignedByApplicant,
            auth, p.AuthorisationAttached, ReleasePermitRules.ReleasesValuables(p), p.IssuedBy.Value, p.IssuedUtc, ReleasePermit.Copies,
            p.IssuedUtc.AddDays(every), p.SecurityCopyFiledUtc, PermitFiling.Overdue([p], now, every).Count > 0, !part);
    }
}
