using Hotline.Domain.Callers;

namespace Hotline.Domain.Staff;

/// <summary>A directory entry. <see cref="ManagerId"/> links the manager chain used by escalations.</summary>
public sealed record StaffMember(
    StaffId Id,
    string Name,
    PhoneNumber Phone,
    IReadOnlySet<Role> Roles,
    string Unit,
    StaffId? ManagerId,
    bool OnDuty)
{
    public bool Has(Role role) => Roles.Contains(role);
}

/// <summary>Who is acting on a case, with the roles the directory gives them.</summary>
public sealed record Actor(StaffId Id, IReadOnlySet<Role> Roles)
{
    public bool Has(Role role) => Roles.Contains(role);

    public static Actor Of(StaffMember member) => new(member.Id, member.Roles);
}
