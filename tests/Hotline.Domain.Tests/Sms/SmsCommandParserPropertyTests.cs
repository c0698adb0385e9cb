using Hotline.Domain.Cases;
using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsCommandParserPropertyTests
{
    private static readonly Gen<SmsVerb> Verb = Gen.Elements(Enum.GetValues<SmsVerb>());

    private static readonly Gen<SmsReference?> Reference = Gen.OneOf(
        Gen.Constant<SmsReference?>(null),
        Gen.Choose(1, 99999).Select(n => (SmsReference?)SmsReference.FromSequence(n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Elements("20261122-0042", "20251231-12345", "20240229-0001").Select(id => (SmsReference?)SmsReference.FromCaseId(id)));

    /// <summary>Notes as staff write them (never starting with a digit; the parser trims trailing punctuation).</summary>
    private static readonly Gen<string> Note =
        from first in Gen.Elements("已", "换", "等", "业主", "owner", "水管")
        from rest in Gen.ListOf(Gen.Elements("修好", "配件", "2个", "阀门", "，", " ", "not home", "明早", "0.3MPa"))
        select (first + string.Concat(rest)).TrimEnd(' ', '，');

    [Fact]
    public void Parse_AnyText_NeverThrowsAndYieldsExactlyOneOutcome()
    {
        var anyText = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.ListOf(Gen.Elements("收到", "完成", "0042", "#", "-", " ", "，", "单号:", "2026", "了", "ＯＫ", "？")).Select(string.Concat));

        Prop.ForAll(anyText.ToArbitrary(), text =>
        {
            var result = SmsCommandParser.Parse(text);
            return result.IsSuccess ? result.Failure is null : result.Command is null && result.Failure.HelpReply.Length > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_CanonicalRendering_RoundTripsEveryWellFormedCommand()
    {
        var command =
            from verb in Verb
            from reference in SmsVerbLexicon.TakesReference(verb) ? Reference : Gen.Constant<SmsReference?>(null)
            from note in SmsVerbLexicon.RuleFor(verb) switch
            {
                TextRule.Required => Note.Select(n => (string?)n),
                TextRule.Optional => Gen.OneOf(Gen.Constant<string?>(null), Note.Select(n => (string?)n)),
                _ => Gen.Constant<string?>(null),
            }
            from slip in verb == SmsVerb.Done ? Gen.Elements<string?>(null, "5678", "A-12") : Gen.Constant<string?>(null)
            from keyword in Gen.Elements(SmsVerbLexicon.Keywords.Where(k => k.Verb == verb).Select(k => k.Keyword).ToArray())
            from referenceFirst in Gen.Elements(false, reference is not null)
            from to in verb == SmsVerb.HandOver ? Gen.Elements<string?>(null, "engineering", "赵师傅") : Gen.Constant<string?>(null)
            from way in Gen.Elements(("电话", HandOverMethod.PhoneBridge), ("到场", HandOverMethod.SupervisorOnSite), ("陪同", HandOverMethod.Accompanied))
            select verb == SmsVerb.HandOver
                ? (Expected: new SmsCommand(verb, reference, note, slip, to, way.Item2),
                    Text: Render(keyword, reference, string.Join(' ', new[] { to, way.Item1, note }.Where(p => p is not null)), slip, referenceFirst))
                : (Expected: new SmsCommand(verb, reference, note, slip), Text: Render(keyword, reference, note, slip, referenceFirst));

        Prop.ForAll(command.ToArbitrary(), c => SmsCommandParser.Parse(c.Text).Command == c.Expected)
            .QuickCheckThrowOnFailure();
    }

    private static string Render(string keyword, SmsReference? reference, string? note, string? slip, bool referenceFirst)
    {
        var parts = referenceFirst
            ? new[] { reference?.ToString(), keyword, note, slip is null ? null : "单号:" + slip }
            : new[] { keyword, reference?.ToString(), note, slip is null ? null : "单号:" + slip };
        return string.Join(' ', parts.Where(p => p is not null));
    }
}
