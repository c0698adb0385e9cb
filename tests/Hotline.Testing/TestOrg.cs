using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Testing;

/// <summary>
/// A standard directory (shared by the domain, service and benchmark tests): every unit the shipped profiles route to has a head ("{unit}-head", Supervisor) and an
/// on-duty implementer ("{unit}-1"); heads report to the manager "mgr", who reports to "dgm", who reports to "gm".
/// </summary>
public static class TestOrg
{
    public static readonly string[] Units =
        ["engineering", "security", "cleaning", "customer-service", "elevator", "greening", "building", "execution", "water", "gas", "supervision", "station", "billing", "laundry", "clubhouse"];

    public static StaffId Id(string id) => StaffId.Parse(id);

    public static IReadOnlyList<StaffMember> Directory { get; } = Build();

    public static StaffMember Member(string id) => Directory.Single(m => m.Id.Value == id);

    public static Actor Actor(string id) => Hotline.Domain.Staff.Actor.Of(Member(id));

    public static Actor Agent => Actor("agent1");

    public static Actor Manager => Actor("mgr");

    /// <summary>The API key the test hosts give each member.</summary>
    public static string ApiKey(string id) => "key-" + id;

    private static List<StaffMember> Build()
    {
        var phone = 13800000000L;
        StaffMember M(string id, string unit, string? manager, params Role[] roles) =>
            new(Id(id), id, PhoneNumber.Parse((phone++).ToString(System.Globalization.CultureInfo.InvariantCulture)), roles.ToHashSet(), unit,
                manager is null ? null : Id(manager), OnDuty: true);

        var list = new List<StaffMember>
        {
            M("gm", "office", null, Role.GeneralManager),
            M("dgm", "office", "gm", Role.DeputyGeneralManager),
            M("mgr", "office", "dgm", Role.Manager),
            M("agent1", "hotline", "mgr", Role.Agent),
            M("agent2", "hotline", "mgr", Role.Agent),
            M("coord", "hotline", "mgr", Role.Coordinator),
            M("qa", "quality", "gm", Role.QualityOffice),
            M("upstream", "city-office", null, Role.Upstream),
            M("admin", "it", null, Role.Admin),

            // Front-desk clerk who records a request in the name of the colleague the caller first reached (R-IN-9).
            M("desk1", "front-desk", "mgr", Role.Recorder),
        };
        foreach (var unit in Units)
        {
            list.Add(M($"{unit}-head", unit, "mgr", Role.Supervisor));
            list.Add(M($"{unit}-1", unit, $"{unit}-head", Role.Responsible));
        }

        // Last, so the phone numbers above stay as they were. A second upstream office (the city 12345 office) beside heating's
        // 市物业办 (city-office): each reads only the supervision items of the profiles naming its unit (R-PV-1).
        list.Add(M("upstream-12345", "city-12345", null, Role.Upstream));

        return list;
    }
}
