namespace Hotline.Service.Permits;

/// <summary>
/// POST /api/permits: what the receptionist checked (001 篇4 §4.3). Applicant: owner, registered-family or other; anyone
/// other brings the owner's written authorisation. Yes/no checks are required so that a forgotten one is not read as "no".
/// </summary>
public sealed record IssuePermitBody(
    string? Profile, string? Unit, string? Items, bool? ValuableOrLarge, string? Applicant, string? ApplicantName, bool? IdShown, bool? SignedByApplicant,
    AuthorisationBody? Authorisation);

/// <summary>The owner's 授权委托书 as the receptionist read it; forDate as yyyy-MM-dd.</summary>
public sealed record AuthorisationBody(bool? SignedByOwner, bool? OwnerIdCopyAttached, string? AuthorisedPerson, string? ForDate, string? ItemsNamed);

/// <summary>
/// POST /api/permits/gate: the guard's decision (§4.1–4.2): does the guard know the owner, are the goods valuable or large,
/// and the permit shown, if any.
/// </summary>
public sealed record GateBody(string? Profile, string? PermitId, bool? GuardConfirmsOwner, bool? ValuableOrLarge);
