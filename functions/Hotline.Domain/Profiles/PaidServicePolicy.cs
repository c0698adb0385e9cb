namespace Hotline.Domain.Profiles;

/// <summary>
/// Paid services (有偿服务, R-FU-9; 001 篇5 §10–11): the owner is promised arrival within <see cref="PromiseWithin"/>;
/// staff are to be on site within <see cref="OnSiteWithin"/>; when the promise cannot be kept the owner is told the
/// reason within <see cref="WarnOwnerWithin"/> and a new time is agreed. All zero: the profile has no paid services.
/// </summary>
public sealed record PaidServicePolicy(TimeSpan PromiseWithin = default, TimeSpan OnSiteWithin = default, TimeSpan WarnOwnerWithin = default)
{
    /// <summary>What the owner is promised for <paramref name="category"/>: its own time (laundry, table rental) or the profile's.</summary>
    public TimeSpan PromiseFor(CategoryPolicy category) => category?.PaidPromise ?? PromiseWithin;

    /// <summary>The on-site target: the profile's, unless the category promises less (then the promise is the target).</summary>
    public TimeSpan OnSiteFor(CategoryPolicy category)
    {
        var promise = PromiseFor(category);
        return OnSiteWithin > TimeSpan.Zero && OnSiteWithin < promise ? OnSiteWithin : promise;
    }

    /// <summary>
    /// By when the owner must have been warned that the promise will not be kept; null when the seed sets no warning for
    /// this service (a warning due at or after the promise itself would tell the owner nothing in advance).
    /// </summary>
    public TimeSpan? WarnFor(CategoryPolicy category) =>
        WarnOwnerWithin > TimeSpan.Zero && WarnOwnerWithin < PromiseFor(category) ? WarnOwnerWithin : null;
}
