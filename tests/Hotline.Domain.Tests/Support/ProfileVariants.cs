using Hotline.Domain.Calendar;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Support;

/// <summary>Profile settings tests switch on to exercise a rule under a profile that asks for it.</summary>
public static class ProfileVariants
{
    /// <summary>
    /// Park dispatch as a customer who makes closure wait for a satisfied revisit within 2 days and does not ask for the slip
    /// copy as its own step: the closure, approval and report rules these tests prove hold under a revisit-gated profile too
    /// (the shipped park profile closes on the slip copy, R-CL-1 / R-RV-3).
    /// </summary>
    public static Profile RevisitGated(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile with
        {
            Revisit = profile.Revisit with { Within = DeadlineSpec.Parse("P2D") },
            Closure = profile.Closure with { SlipCopyToDispatcher = false },
        };
    }
}
