using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Local;

/// <summary>
/// A demo directory for the park-dispatch profile: a hotline, the units it routes to, the manager ladder.
/// Its API keys are well-known development keys ("demo-{id}"), printed at start — like Azurite's dev key, never for production.
/// </summary>
public static class DemoSeed
{
    public static IReadOnlyList<(StaffMember Member, string ApiKey)> Staff { get; } = Build();

    public static async Task SeedAsync(IStaffDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var (member, key) in Staff)
        {
            if (await directory.GetAsync(member.Id, cancellationToken) is null)
            {
                await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash(key)), cancellationToken);
            }
        }
    }

    private static List<(StaffMember, string)> Build()
    {
        var list = new List<(StaffMember, string)>();
        var next = 13900000001L;
        void Add(string id, string name, string unit, string? manager, params Role[] roles) => list.Add((
            new StaffMember(StaffId.Parse(id), name, PhoneNumber.Parse(next++.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                roles.ToHashSet(), unit, manager is null ? null : StaffId.Parse(manager), OnDuty: true),
            "demo-" + id));

        Add("gm", "总经理 王总", "office", null, Role.GeneralManager);
        Add("dgm", "主管副总 李总", "office", "gm", Role.DeputyGeneralManager);
        Add("mgr", "管理处经理 陈经理", "office", "dgm", Role.Manager);
        Add("agent1", "调度员 小周", "hotline", "mgr", Role.Agent);
        Add("agent2", "值班员 小吴", "hotline", "mgr", Role.Agent);
        Add("coord", "客服主管 郑主管", "hotline", "mgr", Role.Coordinator);
        Add("qa", "全质办 冯", "quality", "gm", Role.QualityOffice);
        Add("admin", "系统管理员", "it", null, Role.Admin);
        foreach (var (unit, head, worker) in new[]
                 {
                     ("engineering", "维修班长 赵师傅", "维修工 钱师傅"), ("security", "保安队长 孙队长", "保安员 周"),
                     ("cleaning", "清洁主管 吴", "清洁工 郑"), ("customer-service", "客服主管 冯", "客服 陈"),
                     ("elevator", "电梯队长 褚", "电梯工 卫"), ("greening", "绿化主管 蒋", "绿化工 沈"),
                     ("laundry", "干洗部主管 韩", "干洗工 杨"), ("clubhouse", "会所主管 朱", "会所服务员 秦"),
                 })
        {
            Add($"{unit}-head", head, unit, "mgr", Role.Supervisor);
            Add($"{unit}-1", worker, unit, $"{unit}-head", Role.Responsible);
        }

        // Last, so the phone numbers above stay as they were. The heating reports' reviewer, 经营科科长 (R-RP-9).
        Add("business-head", "经营科科长 马科长", "business", "mgr", Role.Supervisor);
        // The second-level network (市物业办) that forwards heating's supervision items and reads their reports (R-IN-6).
        Add("upstream", "市物业办 督办员 刘", "city-office", null, Role.Upstream);
        return list;
    }
}
