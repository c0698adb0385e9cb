using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// An accountability record (R-RP-7) kept on the case: who, for what, when, why, and who recorded it (null when the
/// system saw it itself). The case keeps them so that an automatic record is made once per occurrence, not at every re-check.
/// </summary>
public sealed record AccountabilityMark(StaffId Person, AccountabilityKind Kind, DateTimeOffset AtUtc, string Reason, StaffId? RecordedBy);

/// <summary>The quality office's verdict on the unit head's handling of one complaint (R-RP-11).</summary>
public enum AssessmentVerdict
{
    /// <summary>合格: the unit head handled it as the procedure asks.</summary>
    Satisfactory,

    /// <summary>不合格: the unit head's handling fell short.</summary>
    Unsatisfactory,
}

/// <summary>
/// One line of the service-quality assessment record (服务质量考评记录, QR-8.2.1-01-13, seed 000 §7.5): the quality office
/// assesses the head of the unit the complaint was about (3.1.5 对不满意投诉直接考核单位负责人).
/// </summary>
/// <param name="Unit">The unit (building) the complaint was about.</param>
/// <param name="UnitHead">Its head, the first person responsible for GM-hotline complaints (000 §3.2.1).</param>
public sealed record UnitHeadAssessment(string? Unit, StaffId? UnitHead, AssessmentVerdict Verdict, string Comment, StaffId By, DateTimeOffset AtUtc);

/// <summary>
/// The corrective and preventive action report (《纠正与预防措施》, seed 001 篇1 §2) a complaint caused by unqualified
/// service quality calls for: asked for when the cause is known, filed with the quality department by the office head.
/// </summary>
/// <param name="Cause">Why the report is owed (the category, or the finding that established it).</param>
/// <param name="Reference">The report's number once filed; null while it is owed.</param>
public sealed record CorrectiveActionRecord(string Cause, DateTimeOffset OwedSinceUtc, string? Reference = null, string? Summary = null, StaffId? FiledBy = null, DateTimeOffset? FiledUtc = null)
{
    public bool Filed => Reference is not null;
}
