namespace Hotline.Domain.Profiles;

public static partial class ProfileLoader
{
    private sealed partial class Reader
    {
        /// <summary>The paid-service promise, on-site target and owner warning (R-FU-9); absent: no paid services.</summary>
        private PaidServicePolicy PaidService(PaidServiceDocument? doc) => doc is null
            ? new PaidServicePolicy()
            : new PaidServicePolicy(
                Duration(doc.PromiseWithin, "paidService.promiseWithin"),
                Duration(doc.OnSiteWithin, "paidService.onSiteWithin"),
                Duration(doc.WarnOwnerWithin, "paidService.warnOwnerWithin"));
    }
}
