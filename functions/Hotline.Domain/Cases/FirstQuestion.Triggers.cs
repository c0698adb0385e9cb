using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

// The first-question duty's triggers (004). Kept beside the other first-question types rather than in Triggers.cs.

/// <summary>
/// The first-question owner passes the request to the responsible department's person by phone bridge, by asking the
/// supervisor to come, or by accompanying the caller (R-FQ-1). The owner stays the first-question owner until the
/// department's completion notice (R-FQ-2); <see cref="HandOver"/> instead moves the duty itself to another person.
/// </summary>
public sealed record HandOverToDepartment(DateTimeOffset AtUtc, Actor By, StaffId To, string? ToUnit, HandOverMethod Method, string Reason)
    : StaffTrigger(AtUtc, By);

/// <summary>The receiving department enters the hand-over in its reception record, naming the first-question owner (R-FQ-1).</summary>
public sealed record ReceptionRecorded(DateTimeOffset AtUtc, Actor By, int HandOver, string? Note = null) : StaffTrigger(AtUtc, By);

/// <summary>
/// The receiving department tells the first-question owner — or, when <paramref name="OwnerSupervisor"/> is given, that
/// person's supervisor — that it has finished: the first-question duty ends (R-FQ-2).
/// </summary>
public sealed record CompletionNotice(DateTimeOffset AtUtc, Actor By, string Result, StaffId? OwnerSupervisor = null) : StaffTrigger(AtUtc, By);

/// <summary>The quality office or a manager opens a breach of the first-question duty against a person (R-FQ-3).</summary>
public sealed record OpenBreach(DateTimeOffset AtUtc, Actor By, StaffId Person, BreachKind Kind, string Facts, bool SpotCheck = false)
    : StaffTrigger(AtUtc, By);

/// <summary>The breach is decided: a sanction from the seed's list, or not upheld (R-FQ-3).</summary>
public sealed record DecideBreach(DateTimeOffset AtUtc, Actor By, int Number, BreachSanction Sanction, string Reason) : StaffTrigger(AtUtc, By);
