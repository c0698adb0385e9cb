namespace Hotline.Domain.Kpi;

/// <summary>What a person is held to account for (R-RP-7, 003 §八 (一)–(六)).</summary>
public enum AccountabilityKind
{
    /// <summary>(一) Bad attitude, improper language or buck-passing that upset the user or led to a further complaint. Against the person (责任人); recorded by the quality office or a manager once verified (一经核实).</summary>
    AttitudeComplaint,

    /// <summary>(二) Handling not finished within the time limit without a valid reason. Against the department head (扣罚部门责任人); recorded automatically.</summary>
    OverdueWithoutReason,

    /// <summary>(三) Improper, incomplete or late handling that drove the user to the government or the media. Against the person (责任人); recorded by the quality office or a manager.</summary>
    EscalatedToGovernmentOrMedia,

    /// <summary>(四) A complaint the department could not coordinate and did not report in time. Recorded automatically when no first response came in time.</summary>
    FailedToReport,

    /// <summary>(五) Another department received a complaint and did not pass it on within the time limit. Against the direct person (直接责任人); automatic.</summary>
    LateTransfer,

    /// <summary>(六) A heating station did not revisit in time. Against whoever owed the revisit; automatic, once per completion.</summary>
    LateRevisit,
}

/// <summary>One accountability event recorded against the responsible person.</summary>
public sealed record AccountabilityRecord(string StaffId, AccountabilityKind Kind, string? CaseId = null);

/// <summary>A person's total: number of events and the summed penalty range; null when the profile sets no amounts.</summary>
public sealed record PersonPenalty(string StaffId, int Count, PenaltyRange? Total);
