namespace Hotline.Domain.Sms;

/// <summary>
/// The failures of <see cref="SmsCommandParser"/>: each says what was wrong and how to say it, in Chinese
/// with the English keyword in brackets. The example uses the sender's own reference when there was one.
/// </summary>
internal static class SmsParseFailures
{
    private const string ExampleRef = "0042";
    private const string HelpHint = "回复\"帮助\"(HELP)查看全部指令";

    public static SmsParseResult Empty() => Fail(
        SmsParseError.Empty,
        "短信内容为空",
        $"请回复指令加编号，如{Usage(SmsVerb.Acknowledge, null)}；{HelpHint}");

    public static SmsParseResult UnknownVerb(string word, SmsReference? reference) => Fail(
        SmsParseError.UnknownVerb,
        $"看不懂\"{Echo(word)}\"",
        $"请以指令开头，如{Usage(SmsVerb.Acknowledge, reference)}；{HelpHint}");

    public static SmsParseResult VerbNotSeparated(string keyword, SmsVerb verb, SmsReference? reference) => Fail(
        SmsParseError.VerbNotSeparated,
        $"\"{keyword}\"后紧跟其他文字，无法确认",
        $"请回复{Usage(verb, reference)}，指令后空一格");

    public static SmsParseResult MissingVerb(SmsReference reference) => Fail(
        SmsParseError.MissingVerb,
        $"只有编号{reference}，没有指令",
        $"请回复如{Usage(SmsVerb.Acknowledge, reference)}；{HelpHint}");

    public static SmsParseResult MalformedReference(string token) => Fail(
        SmsParseError.MalformedReference,
        $"编号\"{Echo(token)}\"不对",
        $"请写4位以上流水号如{ExampleRef}，或完整编号如20261122-{ExampleRef}");

    public static SmsParseResult TwoReferences(SmsVerb? verb, SmsReference reference) => Fail(
        SmsParseError.TwoReferences,
        "一条短信只能带一个编号",
        $"请每件任务分开回复，如{Usage(verb ?? SmsVerb.Acknowledge, reference)}");

    public static SmsParseResult TextRequired(SmsVerb verb, SmsReference? reference) => Fail(
        SmsParseError.TextRequired,
        $"\"{SmsVerbLexicon.Chinese(verb)}\"需要写明{(verb == SmsVerb.Progress ? "情况" : "原因")}",
        $"请回复{Usage(verb, reference)}");

    public static SmsParseResult UnexpectedText(SmsVerb verb, SmsReference? reference) => SmsVerbLexicon.TakesReference(verb)
        ? Fail(
            SmsParseError.UnexpectedText,
            $"\"{SmsVerbLexicon.Chinese(verb)}\"后面只能跟编号",
            $"请回复{Usage(verb, reference)}；说明情况用\"进展 {reference?.ToString() ?? ExampleRef} 情况\"(PROGRESS)")
        : Fail(
            SmsParseError.UnexpectedText,
            $"\"{SmsVerbLexicon.Chinese(verb)}\"后面不用加内容",
            $"请只回复{Usage(verb, null)}");

    public static SmsParseResult TwoSlipNumbers(SmsReference? reference) => Fail(
        SmsParseError.TwoSlipNumbers,
        "一条短信只能填一个单号",
        $"请回复{Usage(SmsVerb.Done, reference)}");

    public static SmsParseResult HandOverMethodMissing(SmsReference? reference) => Fail(
        SmsParseError.HandOverIncomplete,
        "移交须写明方式：电话(电话转接)、到场(请主管到场)或陪同(陪同业主前往)",
        $"请回复{Usage(SmsVerb.HandOver, reference)}；不写部门即移交给您的直接上司");

    public static SmsParseResult HandOverReasonMissing(SmsReference? reference) => Fail(
        SmsParseError.HandOverIncomplete,
        "移交须写明原因",
        $"请回复{Usage(SmsVerb.HandOver, reference)}");

    /// <summary>What the sender wrote, cut short so that the reply still fits one segment.</summary>
    private static string Echo(string written)
    {
        const int MaxEcho = 14;
        return written.Length <= MaxEcho ? written : SmsFit.Shorten(written, MaxEcho - 1);
    }

    private static string Usage(SmsVerb verb, SmsReference? reference) =>
        SmsVerbLexicon.Usage(verb, reference?.ToString() ?? ExampleRef);

    private static SmsParseResult Fail(SmsParseError error, string reason, string howTo) =>
        SmsParseResult.Fail(new SmsParseFailure(error, reason, $"{reason}。{howTo}"));
}
