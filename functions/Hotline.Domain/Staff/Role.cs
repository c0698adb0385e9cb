namespace Hotline.Domain.Staff;

/// <summary>The roles the seed documents name (see rules.md "Roles").</summary>
public enum Role
{
    /// <summary>Hotline agent / dispatcher / duty person (热线专员, 调度员, 专线员, 值班人员).</summary>
    Agent,
    /// <summary>Implementer in the field (实施责任人: repair worker, security guard, cleaner…).</summary>
    Responsible,
    /// <summary>Head of a responsible unit (主管, 维修班长, 保安队长, 站长, 部门负责人).</summary>
    Supervisor,
    /// <summary>管理处负责人 / 所长 / 楼盘负责人: escalations, approvals.</summary>
    Manager,
    /// <summary>主管副总.</summary>
    DeputyGeneralManager,
    /// <summary>总经理 (also the group head the 7-day report goes to).</summary>
    GeneralManager,
    /// <summary>全质办: oversight, archives, assessment.</summary>
    QualityOffice,
    /// <summary>Customer-relations supervisor who names a lead department when routing is unclear (R-DS-5).</summary>
    Coordinator,
    /// <summary>The upstream office's contact (二级网络 / city office) that receives reports (R-FU-7).</summary>
    Upstream,
    /// <summary>Maintains the directory and the system.</summary>
    Admin,

    // Issue 10, first-question duty (004).

    /// <summary>
    /// 登记员 (front desk / customer-service clerk): may record a request in the name of the colleague the caller first
    /// reached — a guard, a cleaner, a repair worker — who stays its first-question owner; both are recorded (R-IN-9).
    /// </summary>
    Recorder,
}
