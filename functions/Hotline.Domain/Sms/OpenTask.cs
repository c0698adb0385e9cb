namespace Hotline.Domain.Sms;

/// <summary>An open task assigned to the sender of an SMS.</summary>
/// <param name="CaseId">The full case id, e.g. <c>20261122-0042</c>.</param>
/// <param name="Ref">The short reference used in SMS, e.g. <c>0042</c>.</param>
/// <param name="LastTextedUtc">When the sender was last texted about this case, where known: a bare reference shared by
/// several tasks goes to the one the sender was texted about most recently.</param>
public sealed record OpenTask(string CaseId, string Ref, DateTimeOffset? LastTextedUtc = null);
