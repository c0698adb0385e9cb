using System.Collections.Immutable;

namespace Hotline.Domain.Cases;

/// <summary>The outcome of <see cref="CaseMachine.Decide"/>: accepted with a new state and commands, or rejected naming the rule.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    /// <param name="NextWakeUtc">When the case must be looked at again; null only for terminal states.</param>
    public sealed record Accepted(CaseState State, ImmutableArray<CaseCommand> Commands, DateTimeOffset? NextWakeUtc) : Decision;

    /// <param name="Rule">The rule id that forbids it (e.g. R-CL-6), or <see cref="Rejection.NotAllowed"/> / <see cref="Rejection.Invalid"/>.</param>
    public sealed record Rejected(string Rule, string Reason) : Decision;
}

public static class Rejection
{
    /// <summary>The actor has no right to do this on this case.</summary>
    public const string NotAllowed = "FORBIDDEN";

    /// <summary>The trigger makes no sense for the case's state (e.g. acknowledging a closed case).</summary>
    public const string Invalid = "INVALID";
}
