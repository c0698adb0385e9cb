using System.Globalization;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using NodaTime;

namespace Hotline.Domain.Reports.Forms;

/// <summary>How cells are written on every form: local times in the profile's zone, ratings as the seeds grade them.</summary>
internal static class FormText
{
    /// <summary>An instant as the office's wall clock reads it ("2026-11-09 09:00"); empty when unset.</summary>
    public static string Local(Profile profile, DateTimeOffset? at) =>
        at is { } t
            ? Instant.FromDateTimeOffset(t).InZone(profile.Calendar.Definition.ResolveTimeZone()).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : string.Empty;

    public static string Period(ReportPeriod period) =>
        period.FirstDay == period.LastDay ? Day(period.FirstDay) : $"{Day(period.FirstDay)} 至 {Day(period.LastDay)}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"29/30 96.7%", or "—" when nothing was due (not 0%, not 100%: R-RP-2).</summary>
    public static string Rate(KpiValue value) =>
        value.Percent is { } p ? $"{value.Numerator}/{value.Denominator} {p.ToString("0.0", CultureInfo.InvariantCulture)}%" : "—";

    /// <summary>The three grades of 001 篇3 §3.1.2: A 满意, B 一般满意, C 不满意.</summary>
    public static string Rating(SatisfactionRating rating) => rating switch
    {
        SatisfactionRating.Satisfied => "A 满意",
        SatisfactionRating.FairlySatisfied => "B 一般满意",
        _ => "C 不满意",
    };

    public static string Stage(RevisitStage stage) => stage switch
    {
        RevisitStage.Stage => "阶段性回访",
        RevisitStage.Second => "楼盘负责人回访",
        _ => "结案回访",
    };

    public static string Status(CaseStatus status) => CaseStatusNames.Chinese(status);

    public static string YesNo(bool value) => value ? "是" : "否";

    public static string Category(Profile profile, string code) => profile.FindCategory(code)?.Name ?? code;

    /// <summary>The caller's name, phone and address in clear for staff with a part in the case, masked otherwise (R-PV-1).</summary>
    public static (string Name, string Phone, string Address) Caller(Caller caller, bool inClear) =>
        inClear
            ? (caller.Name ?? "匿名", caller.Phone?.E164 is { } e ? PhoneNumbers.National(e) : string.Empty, caller.Address)
            : (caller.Name is { } n ? Mask.Name(n) : "匿名", caller.Phone is { } p ? Mask.Phone(p) : string.Empty, string.IsNullOrWhiteSpace(caller.Address) ? string.Empty : "***");
}
