using Hotline.Domain.Staff;

namespace Hotline.Domain.Permits;

/// <summary>Who comes to the service centre for a release permit (001 篇4 §4.3).</summary>
public enum PermitApplicant
{
    /// <summary>The owner (业主/用户) on the register.</summary>
    Owner,
    /// <summary>A family member on the owner's register (登记在册的家属; a nanny is not one).</summary>
    RegisteredFamily,
    /// <summary>Anyone else: tenant, nanny, friend, employee, unregistered family — needs the owner's written authorisation.</summary>
    Other,
}

/// <summary>
/// The owner's written authorisation (授权委托书, 001 篇4 §4.3.2): in the owner's own hand and signed, with a copy of the owner's
/// ID attached, naming the person sent, the date they come and the items to release.
/// </summary>
public sealed record WrittenAuthorisation(bool SignedByOwner, bool OwnerIdCopyAttached, string? AuthorisedPerson, DateOnly? ForDate, string? ItemsNamed);

/// <summary>What the receptionist checked and recorded when a permit was asked for.</summary>
public sealed record PermitRequest(
    string Unit,
    string Items,
    bool ValuableOrLarge,
    PermitApplicant Applicant,
    string ApplicantName,
    bool IdShown,
    bool SignedByApplicant,
    WrittenAuthorisation? Authorisation);

/// <summary>
/// 放行通知单 (R-SV-1, 001 篇4): made in duplicate, one copy kept by the service centre, one by security; security hands its
/// copies back to the service centre for filing every few days (10 in 001).
/// </summary>
public sealed record ReleasePermit(
    string Id,
    string ProfileId,
    PermitRequest Request,
    StaffId IssuedBy,
    DateTimeOffset IssuedUtc,
    DateTimeOffset? SecurityCopyFiledUtc = null)
{
    /// <summary>Both copies of the duplicate: the service centre's at once, security's once handed back.</summary>
    public static readonly string[] Copies = ["服务中心", "安全护卫部"];

    /// <summary>Authorisation attached behind the permit (办理完毕，需将授权委托书附于放行通知单后).</summary>
    public bool AuthorisationAttached => Request.Authorisation is not null;
}
