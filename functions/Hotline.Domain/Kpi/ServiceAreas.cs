namespace Hotline.Domain.Kpi;

/// <summary>One service area of the revisit form: its letter on the form, a stable code, its name.</summary>
public sealed record ServiceAreaDefinition(char Letter, string Code, string Name);

/// <summary>
/// The 14 service areas a revisit asks about (R-RV-4), as listed in seed 001 篇3 §3.1.1 (定向):
/// <code>
/// A.服务、投诉处理方面          B.设备管理方面                C.房屋维修保养方面
/// D.安全保卫方面                E.消防、防灾方面              F.清洁卫生方面
/// G.绿化、环境保护方面          H.停车场管理方面              I.会所及经营娱乐设施管理方面
/// J.管理处员工工作效率          K.管理处员工服务态度          L.管理处管理人员的文明程度、应变能力
/// M.综合评议(包括以上各项,即总体印象)                          N.其他
/// </code>
/// </summary>
/// <remarks>
/// Codes are what <see cref="CaseFacts.ServiceArea"/> stores; they never change once data exists,
/// whereas the Chinese names are display text. M (综合评议) is the form's overall impression; its own
/// rate is the seed's 综合评议满意率 (§3.1.3 d).
/// </remarks>
public static class ServiceAreas
{
    public static ServiceAreaDefinition ServiceAndComplaints { get; } = new('A', "ServiceAndComplaints", "服务、投诉处理方面");
    public static ServiceAreaDefinition Equipment { get; } = new('B', "Equipment", "设备管理方面");
    public static ServiceAreaDefinition BuildingMaintenance { get; } = new('C', "BuildingMaintenance", "房屋维修保养方面");
    public static ServiceAreaDefinition Security { get; } = new('D', "Security", "安全保卫方面");
    public static ServiceAreaDefinition FireAndDisasterPrevention { get; } = new('E', "FireAndDisasterPrevention", "消防、防灾方面");
    public static ServiceAreaDefinition Cleaning { get; } = new('F', "Cleaning", "清洁卫生方面");
    public static ServiceAreaDefinition GreeningAndEnvironment { get; } = new('G', "GreeningAndEnvironment", "绿化、环境保护方面");
    public static ServiceAreaDefinition Parking { get; } = new('H', "Parking", "停车场管理方面");
    public static ServiceAreaDefinition ClubhouseAndAmenities { get; } = new('I', "ClubhouseAndAmenities", "会所及经营娱乐设施管理方面");
    public static ServiceAreaDefinition StaffEfficiency { get; } = new('J', "StaffEfficiency", "管理处员工工作效率");
    public static ServiceAreaDefinition StaffAttitude { get; } = new('K', "StaffAttitude", "管理处员工服务态度");
    public static ServiceAreaDefinition ManagerConduct { get; } = new('L', "ManagerConduct", "管理处管理人员的文明程度、应变能力");
    public static ServiceAreaDefinition Overall { get; } = new('M', "Overall", "综合评议(包括以上各项,即总体印象)");
    public static ServiceAreaDefinition Other { get; } = new('N', "Other", "其他");

    /// <summary>All 14, in the form's order A–N.</summary>
    public static IReadOnlyList<ServiceAreaDefinition> All { get; } =
    [
        ServiceAndComplaints, Equipment, BuildingMaintenance, Security, FireAndDisasterPrevention, Cleaning,
        GreeningAndEnvironment, Parking, ClubhouseAndAmenities, StaffEfficiency, StaffAttitude, ManagerConduct,
        Overall, Other,
    ];

    /// <summary>The area with this code (ordinal, case-sensitive), or null.</summary>
    public static ServiceAreaDefinition? Find(string code) =>
        All.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal));
}
