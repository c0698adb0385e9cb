using Hotline.Domain.Staff;

namespace Hotline.Domain.Permits;

/// <summary>A permit the rules refused: which field and why (R-SV-1).</summary>
public sealed record PermitRefusal(string Field, string Reason, bool Forbidden = false);

/// <summary>What the guard at the gate decides (001 篇4 §4.1–4.2).</summary>
public enum GateOutcome
{
    /// <summary>The owner carries small items and the guard knows them: release without a permit.</summary>
    PassWithoutPermit,
    /// <summary>The guard cannot confirm who it is: only a permit from the service centre releases the goods.</summary>
    PermitRequired,
    /// <summary>Valuable or large items: only with the owner's own signature on the permit.</summary>
    OwnerSignatureRequired,
}

/// <summary>The checks of 001 篇4: issuing a 放行通知单 at the service centre, and the guard's decision at the gate.</summary>
public static class ReleasePermitRules
{
    public const string Rule = "R-SV-1";

    /// <summary>Issue a permit when the applicant's checks hold (§4.3.1 owner or registered family; §4.3.2 anyone else).</summary>
    /// <param name="today">The local date at the service centre (the profile calendar's), to check the authorisation's date.</param>
    public static (ReleasePermit? Permit, PermitRefusal? Refusal) Issue(string id, string profileId, PermitRequest request, Actor by, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Role.Agent) && !by.Has(Role.Manager))
        {
            return Refuse("by", "Release permits are issued by the service centre's receptionist (服务中心接待员).", forbidden: true);
        }

        if (string.IsNullOrWhiteSpace(request.Unit))
        {
            return Refuse("unit", "Name the unit the goods leave from.");
        }

        if (string.IsNullOrWhiteSpace(request.Items))
        {
            return Refuse("items", "Ask and record which items are taken out (问清搬出物品名称).");
        }

        if (string.IsNullOrWhiteSpace(request.ApplicantName))
        {
            return Refuse("applicantName", "Record who applies.");
        }

        if (!request.IdShown)
        {
            return Refuse("idShown", "The applicant shows valid ID (有效身份证件).");
        }

        if (request.Applicant is PermitApplicant.Owner or PermitApplicant.RegisteredFamily)
        {
            return request.SignedByApplicant
                ? (new ReleasePermit(id, profileId, request, by.Id, at), null)
                : Refuse("signedByApplicant", "The owner or registered family member signs the permit.");
        }

        // §4.3.2: anyone else — tenant, nanny, friend, employee, unregistered family — brings the owner's written authorisation.
        if (request.Authorisation is not { } auth)
        {
            return Refuse("authorisation", "Someone other than the owner or registered family brings the owner's written authorisation (授权委托书).");
        }

        if (!auth.SignedByOwner)
        {
            return Refuse("authorisation.signedByOwner", "The authorisation carries the owner's own signature (亲笔签名).");
        }

        if (!auth.OwnerIdCopyAttached)
        {
            return Refuse("authorisation.ownerIdCopyAttached", "A copy of the owner's ID is attached to the authorisation.");
        }

        if (string.IsNullOrWhiteSpace(auth.AuthorisedPerson) || !string.Equals(auth.AuthorisedPerson.Trim(), request.ApplicantName.Trim(), StringComparison.Ordinal))
        {
            return Refuse("authorisation.authorisedPerson", $"The authorisation names the person sent; it does not name {request.ApplicantName.Trim()}.");
        }

        if (auth.ForDate != today)
        {
            return Refuse("authorisation.forDate", "The authorisation names the day the person comes (×年×月×日); it is not today.");
        }

        if (string.IsNullOrWhiteSpace(auth.ItemsNamed))
        {
            return Refuse("authorisation.itemsNamed", "The authorisation names the items to release.");
        }

        return (new ReleasePermit(id, profileId, request, by.Id, at), null);
    }

    /// <summary>
    /// The guard's decision (§4.1–4.2): small items carried by an owner the guard can confirm pass; valuable or large items need the
    /// owner's signature on a permit; anyone the guard cannot confirm needs a permit.
    /// </summary>
    public static GateOutcome AtTheGate(bool guardConfirmsOwner, bool valuableOrLarge) =>
        valuableOrLarge ? GateOutcome.OwnerSignatureRequired
        : guardConfirmsOwner ? GateOutcome.PassWithoutPermit
        : GateOutcome.PermitRequired;

    /// <summary>Whether a permit releases valuable or large items: only when the owner signed it in person (§4.1).</summary>
    public static bool ReleasesValuables(ReleasePermit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return permit.Request.Applicant == PermitApplicant.Owner && permit.Request.SignedByApplicant;
    }

    private static (ReleasePermit?, PermitRefusal?) Refuse(string field, string reason, bool forbidden = false) =>
        (null, new PermitRefusal(field, reason, forbidden));
}
