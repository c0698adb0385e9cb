using System.Text.Json.Serialization;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

/// <summary>The committed projection of a case as the orchestration knows it: the state and the ETag it was stored under.</summary>
public sealed record CaseSnapshot(CaseState State, string ETag)
{
    public static CaseSnapshot Of(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new CaseSnapshot(stored.State, stored.ETag);
    }
}

/// <summary>
/// What the outside world sends a case's orchestration (the Durable external event <see cref="CaseOrchestrator.SignalEvent"/>).
/// A polymorphic envelope so that one event name carries every kind; serialized with <see cref="OrchestrationJson.Options"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$signal")]
[JsonDerivedType(typeof(Apply), "apply")]
[JsonDerivedType(typeof(Refresh), "refresh")]
[JsonDerivedType(typeof(Tick), "tick")]
public abstract record CaseSignal
{
    private CaseSignal()
    {
    }

    /// <summary>Apply a trigger: a staff action validated by the HTTP handler, a delivery failure, a refused attempt.</summary>
    public sealed record Apply(CaseTrigger Trigger) : CaseSignal;

    /// <summary>
    /// The store holds a newer projection than the orchestration (a write that did not go through it, or a late timer
    /// found by the reconciler). The orchestration adopts it when it is newer and re-arms its timer; otherwise it is a no-op.
    /// </summary>
    public sealed record Refresh(CaseSnapshot Snapshot) : CaseSignal;

    /// <summary>
    /// Business time is now <paramref name="AtUtc"/>: the manual clock's move (local host, tests and demos). What falls due
    /// by then is decided at that time; in the manual-clock mode it is the only way time passes for the case.
    /// </summary>
    public sealed record Tick(DateTimeOffset AtUtc) : CaseSignal;
}
