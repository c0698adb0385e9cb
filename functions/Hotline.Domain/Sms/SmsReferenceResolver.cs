namespace Hotline.Domain.Sms;

/// <summary>Finds the task an SMS reply is about among the sender's own open tasks.</summary>
/// <remarks>
/// Only the sender's tasks are searched: a reference to someone else's case is "not found", which
/// also keeps other owners' cases out of reach (R-PV-1). A missing reference is accepted only when
/// there is exactly one candidate; sequences restart every day, so a bare <c>0042</c> that matches
/// tasks from two days is refused and the full id is asked for.
/// </remarks>
public static class SmsReferenceResolver
{
    public static ReferenceResolution Resolve(SmsReference? reference, IReadOnlyList<OpenTask> senderTasks)
    {
        ArgumentNullException.ThrowIfNull(senderTasks);

        // A case listed twice (e.g. the sender holds two roles on it) is still one task.
        var tasks = senderTasks.DistinctBy(t => t.CaseId, StringComparer.Ordinal).ToArray();
        if (tasks.Length == 0)
        {
            return new ReferenceResolution.NoOpenTasks(SmsTemplates.NoTasks());
        }

        if (reference is null)
        {
            return tasks.Length == 1
                ? new ReferenceResolution.Resolved(tasks[0].CaseId)
                : new ReferenceResolution.Ambiguous(tasks, SmsTemplates.Ambiguous(SmsTemplates.DisplayRefs(tasks)));
        }

        var matches = tasks.Where(reference.Matches).ToArray();
        if (matches.Length > 1 && MostRecentlyTexted(matches) is { } latest)
        {
            return new ReferenceResolution.Resolved(latest.CaseId);
        }

        return matches.Length switch
        {
            0 => new ReferenceResolution.NotFound(reference, SmsTemplates.NotFound(reference.ToString())),
            1 => new ReferenceResolution.Resolved(matches[0].CaseId),
            _ => new ReferenceResolution.Ambiguous(
                matches,
                SmsTemplates.AmbiguousSequence(reference.Sequence, matches.Select(t => t.CaseId).ToArray())),
        };
    }

    /// <summary>
    /// The task the sender was texted about last, when that is one task: a reply to a text is about that text ("收到 0001"
    /// answers the 0001 just received, not an older 0001). A tie, or no text known, stays ambiguous and is asked about.
    /// </summary>
    private static OpenTask? MostRecentlyTexted(OpenTask[] matches)
    {
        var texted = matches.Where(t => t.LastTextedUtc is not null).OrderByDescending(t => t.LastTextedUtc).ToArray();
        return texted.Length > 0 && (texted.Length == 1 || texted[0].LastTextedUtc > texted[1].LastTextedUtc) ? texted[0] : null;
    }
}
