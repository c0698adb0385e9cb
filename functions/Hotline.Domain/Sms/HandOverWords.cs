using Hotline.Domain.Cases;

namespace Hotline.Domain.Sms;

/// <summary>
/// The words of a 移交 after its reference: <c>[部门或人] 方式 原因</c>. The seed's three ways of passing a request on
/// (004 服务需求转移方式) are one word each — 电话 (phone bridge), 到场 (the supervisor comes), 陪同 (the owner accompanies
/// the caller) — and the slip must say which (R-FQ-1), so the way is required, never assumed. With no department named,
/// the request goes to the sender's direct supervisor, as the seed has field staff (操作人员) do.
/// </summary>
internal static class HandOverWords
{
    private static readonly (string Word, HandOverMethod Method)[] Methods =
    [
        ("电话", HandOverMethod.PhoneBridge), ("PHONE", HandOverMethod.PhoneBridge),
        ("到场", HandOverMethod.SupervisorOnSite), ("ONSITE", HandOverMethod.SupervisorOnSite),
        ("陪同", HandOverMethod.Accompanied), ("ACCOMPANY", HandOverMethod.Accompanied),
    ];

    public static SmsParseResult Read(SmsReference? reference, string text)
    {
        var words = text.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? to = null;
        var next = 0;
        if (MethodOf(words[0]) is null)
        {
            to = words[0];
            next = 1;
        }

        if (words.Length <= next || MethodOf(words[next]) is not { } method)
        {
            return SmsParseFailures.HandOverMethodMissing(reference);
        }

        var reason = string.Join(' ', words.Skip(next + 1));
        return reason.Length == 0
            ? SmsParseFailures.HandOverReasonMissing(reference)
            : SmsParseResult.Success(new SmsCommand(SmsVerb.HandOver, reference, reason, null, to, method));
    }

    private static HandOverMethod? MethodOf(string word) =>
        Methods.FirstOrDefault(m => string.Equals(m.Word, word, StringComparison.OrdinalIgnoreCase)) is { Word: not null } found ? found.Method : null;
}
