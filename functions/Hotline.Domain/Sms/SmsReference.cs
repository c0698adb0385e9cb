namespace Hotline.Domain.Sms;

/// <summary>
/// The case a message points at: either the daily sequence (<c>0042</c>) or the full case id
/// (<c>20261122-0042</c>). Sequences repeat every day, so only the full id is unique.
/// </summary>
/// <param name="Sequence">The sequence digits exactly as written, leading zeros kept.</param>
/// <param name="CaseId">The full case id when one was written; otherwise null.</param>
public sealed record SmsReference(string Sequence, string? CaseId)
{
    public bool IsFullId => CaseId is not null;

    public static SmsReference FromSequence(string sequence) => new(sequence, null);

    public static SmsReference FromCaseId(string caseId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var dash = caseId.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            throw new ArgumentException($"A case id has the form yyyyMMdd-NNNN, got '{caseId}'.", nameof(caseId));
        }

        return new SmsReference(caseId[(dash + 1)..], caseId);
    }

    /// <summary>Sequences compare as written (ordinal): <c>0042</c> and <c>00042</c> are different references.</summary>
    public bool Matches(OpenTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return CaseId is not null
            ? string.Equals(task.CaseId, CaseId, StringComparison.Ordinal)
            : string.Equals(task.Ref, Sequence, StringComparison.Ordinal);
    }

    public override string ToString() => CaseId ?? Sequence;
}
