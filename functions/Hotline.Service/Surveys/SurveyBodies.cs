namespace Hotline.Service.Surveys;

/// <summary>POST /api/surveys: the manager plans a survey. Dates as yyyy-MM-dd; areas are service-area codes (e.g. Overall, Security).</summary>
public sealed record PlanSurveyBody(string? Profile, string? From, string? To, List<string>? Areas);

/// <summary>POST /api/surveys/{id}/ballots: one area's ballots sent and returned, with the A (满意) / B (一般满意) / C (不满意) counts.</summary>
public sealed record BallotsBody(string? Area, int? Sent, int? Returned, int? Satisfied, int? FairlySatisfied, int? Dissatisfied);

/// <summary>POST /api/surveys/{id}/samples: a functional supervisor's sampling revisit; rating A, B or C.</summary>
public sealed record SampleBody(string? Area, string? Rating, string? Comment);

/// <summary>POST /api/surveys/{id}/report: what the survey found and the corrective measures (整改措施).</summary>
public sealed record SurveyReportBody(string? Findings, List<string>? CorrectiveMeasures);
