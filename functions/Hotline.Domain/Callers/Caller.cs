namespace Hotline.Domain.Callers;

/// <summary>The person who called, visited or wrote in (R-IN-1): private data, masked for staff with no part in the case (R-PV-1).</summary>
public sealed record Caller(string Name, PhoneNumber Phone, string Address, string Property);
