namespace Hotline.Domain;

/// <summary>
/// The three grades an owner gives at a revisit (R-RV-4). The seed's form rates with fuzzy grades
/// A/B/C (001 篇3 §3.1.2: "A级:满意 / B级:一般满意 / C级:不满意"); A and B both count as satisfied
/// in the satisfaction rate (R-RP-3).
/// </summary>
public enum SatisfactionRating
{
    /// <summary>A 满意.</summary>
    Satisfied,

    /// <summary>B 一般满意.</summary>
    FairlySatisfied,

    /// <summary>C 不满意.</summary>
    Dissatisfied,
}
