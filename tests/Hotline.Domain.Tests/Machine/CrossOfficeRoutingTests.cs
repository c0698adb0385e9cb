using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Tests.Machine;

public sealed class CrossOfficeRoutingTests
{
    private static StaffMember M(string id, string unit, string? manager, params Role[] roles) =>
        new(StaffId.Parse(id), id, PhoneNumber.Parse("13800000000"), roles.ToHashSet(), unit, manager is null ? null : StaffId.Parse(manager), OnDuty: true);

    [Fact]
    [Trait("Rule", "R-DS-5")]
    public void SeveralUnits_InDifferentOffices_TheirCommonManagerNamesTheLead()
    {
        var profile = ProfileCatalog.BuiltIn["park-dispatch"];
        var directory = new List<StaffMember>
        {
            M("gm", "office", null, Role.GeneralManager),
            M("east-mgr", "east-office", "gm", Role.Manager),
            M("west-mgr", "west-office", "gm", Role.Manager),
            M("coord", "hotline", "east-mgr", Role.Coordinator),
            M("security-head", "security", "east-mgr", Role.Supervisor),
            M("engineering-head", "engineering", "west-mgr", Role.Supervisor),
        };

        // public-safety routes to security and engineering, here in two offices.
        var team = TeamResolver.Resolve(profile, "public-safety", directory);

        Assert.Null(team.Unit);
        Assert.Equal(StaffId.Parse("gm"), team.Coordinator);
    }

    [Fact]
    [Trait("Rule", "R-DS-5")]
    public void SeveralUnits_InOneOffice_TheCustomerRelationsSupervisorNamesTheLead()
    {
        var team = TeamResolver.Resolve(ProfileCatalog.BuiltIn["park-dispatch"], "public-safety", TestOrg.Directory);
        Assert.Equal(TestOrg.Id("coord"), team.Coordinator);
    }
}
