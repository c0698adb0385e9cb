namespace Hotline.Domain.Reports.Submissions;

/// <summary>Why a step was refused: the actor may not take it at all, or the report is not at that step.</summary>
public enum RefusalKind
{
    /// <summary>The actor does not hold the role the step needs (HTTP 403).</summary>
    WrongRole,
    /// <summary>The report is not at the step, or the profile has no such chain (HTTP 409 with the rule).</summary>
    OutOfOrder,
}

/// <summary>A refused step of the report chain, naming the rule it enforces.</summary>
public sealed class SubmissionRefusedException(RefusalKind kind, string message) : InvalidOperationException(message)
{
    public const string Rule = "R-RP-9";

    public RefusalKind Kind { get; } = kind;
}
