namespace Hotline.Domain.Callers;

/// <summary>The person who called, visited or wrote in (R-IN-1): private data, masked for staff with no part in the case (R-PV-1).</summary>
/// <param name="Name">Null for an anonymous report or an item found by staff without a reporter (R-IN-8).</param>
/// <param name="Phone">Null likewise; such a caller cannot be texted, and the timeline says so.</param>
/// <param name="Address">Where the problem is: always known, or there is nothing to send anyone to.</param>
public sealed record Caller(string? Name, PhoneNumber? Phone, string Address, string Property)
{
    public bool IsAnonymous => Name is null && Phone is null;
}
