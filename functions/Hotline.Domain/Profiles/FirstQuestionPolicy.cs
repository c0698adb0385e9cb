using Hotline.Domain.Calendar;

namespace Hotline.Domain.Profiles;

/// <summary>The first-question duty's numbers (004 applies to every profile).</summary>
/// <param name="BreachDecisionWithin">A breach is decided within this of being opened (004 问责管理制度 四.2(3): 30 个工作日, R-FQ-3);
/// null: no period, the breach waits for its decision without a reminder.</param>
/// <param name="DoneWithinContacts">二次办结: the caller's request is done within this many contacts (004 §4.6), audited by R-RP-8.</param>
public sealed record FirstQuestionPolicy(DeadlineSpec? BreachDecisionWithin = null, int DoneWithinContacts = 2);

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed record FirstQuestionDocument(string? BreachDecisionWithin, int? DoneWithinContacts);
#pragma warning restore CA1812

public static partial class ProfileLoader
{
    private sealed partial class Reader
    {
        private FirstQuestionPolicy FirstQuestion(FirstQuestionDocument? doc)
        {
            if (doc is null)
            {
                return new FirstQuestionPolicy();
            }

            if (doc.DoneWithinContacts is < 1)
            {
                errors.Add("firstQuestion.doneWithinContacts: at least 1 (二次办结 is 2, 004 §4.6)");
            }

            return new FirstQuestionPolicy(Spec(doc.BreachDecisionWithin, "firstQuestion.breachDecisionWithin"), doc.DoneWithinContacts ?? 2);
        }
    }
}
