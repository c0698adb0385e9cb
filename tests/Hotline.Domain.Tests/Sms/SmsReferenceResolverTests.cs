using Hotline.Domain.Sms;

namespace Hotline.Domain.Tests.Sms;

public sealed class SmsReferenceResolverTests
{
    private static readonly OpenTask Today42 = new("20261122-0042", "0042");
    private static readonly OpenTask Today43 = new("20261122-0043", "0043");
    private static readonly OpenTask Yesterday42 = new("20261121-0042", "0042");
    private static readonly OpenTask Yesterday51 = new("20261121-0051", "0051");

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Resolve_AcknowledgeWithoutReference_SingleOpenTask_ResolvesToIt()
    {
        var command = SmsCommandParser.Parse("收到").Command!;

        var resolution = SmsReferenceResolver.Resolve(command.Reference, [Today42]);

        Assert.Equal(new ReferenceResolution.Resolved("20261122-0042"), resolution);
    }

    [Theory]
    [Trait("Rule", "R-DS-1")]
    [InlineData("收到 0043", "20261122-0043")]
    [InlineData("0042 收到", "20261122-0042")]
    [InlineData("收到 20261121-0051", "20261121-0051")]
    [InlineData("ＡＣＫ　＃００４３", "20261122-0043")]
    public void Resolve_AcknowledgeWithReference_ResolvesAmongSendersTasks(string sms, string caseId)
    {
        var command = SmsCommandParser.Parse(sms).Command!;

        var resolution = SmsReferenceResolver.Resolve(command.Reference, [Today42, Today43, Yesterday51]);

        Assert.Equal(new ReferenceResolution.Resolved(caseId), resolution);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0042")]
    public void Resolve_NoOpenTasks_RepliesThereIsNothing(string? sequence)
    {
        var reference = sequence is null ? null : SmsReference.FromSequence(sequence);

        var resolution = SmsReferenceResolver.Resolve(reference, []);

        var none = Assert.IsType<ReferenceResolution.NoOpenTasks>(resolution);
        Assert.Equal(SmsTemplates.NoTasks(), none.Reply);
    }

    [Fact]
    public void Resolve_NoReference_SeveralTasks_IsAmbiguousAndListsTheirRefs()
    {
        var resolution = SmsReferenceResolver.Resolve(null, [Today42, Today43]);

        var ambiguous = Assert.IsType<ReferenceResolution.Ambiguous>(resolution);
        Assert.Equal([Today42, Today43], ambiguous.Candidates);
        Assert.Contains("0042、0043", ambiguous.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SequenceMatchingTasksOfTwoDays_IsAmbiguousAndAsksForTheFullId()
    {
        var resolution = SmsReferenceResolver.Resolve(SmsReference.FromSequence("0042"), [Today42, Today43, Yesterday42]);

        var ambiguous = Assert.IsType<ReferenceResolution.Ambiguous>(resolution);
        Assert.Equal([Today42, Yesterday42], ambiguous.Candidates);
        Assert.Contains("20261122-0042、20261121-0042", ambiguous.Reply, StringComparison.Ordinal);
        Assert.Contains("完整编号", ambiguous.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FullIdAmongCollidingSequences_ResolvesExactly()
    {
        var resolution = SmsReferenceResolver.Resolve(SmsReference.FromCaseId("20261121-0042"), [Today42, Yesterday42]);

        Assert.Equal(new ReferenceResolution.Resolved("20261121-0042"), resolution);
    }

    [Theory]
    [InlineData("0099")]
    [InlineData("042")]
    [InlineData("00042")]
    public void Resolve_SequenceNotAmongSendersTasks_IsNotFound(string sequence)
    {
        var resolution = SmsReferenceResolver.Resolve(SmsReference.FromSequence(sequence), [Today42]);

        var notFound = Assert.IsType<ReferenceResolution.NotFound>(resolution);
        Assert.Contains(sequence, notFound.Reply, StringComparison.Ordinal);
        Assert.Contains("(TASKS)", notFound.Reply, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public void Resolve_FullIdOfSomeoneElsesCase_IsNotFound()
    {
        var resolution = SmsReferenceResolver.Resolve(SmsReference.FromCaseId("20261122-0043"), [Today42]);

        Assert.IsType<ReferenceResolution.NotFound>(resolution);
    }

    [Fact]
    public void Resolve_SameCaseListedTwice_IsOneTask()
    {
        var resolution = SmsReferenceResolver.Resolve(null, [Today42, Today42 with { }]);

        Assert.Equal(new ReferenceResolution.Resolved("20261122-0042"), resolution);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Resolve_SequenceOfTwoDays_TheOneTheSenderWasTextedAboutLast_IsMeant()
    {
        var texted = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var reference = SmsCommandParser.Parse("收到 0042").Command!.Reference;

        var older = SmsReferenceResolver.Resolve(reference, [Today42 with { LastTextedUtc = texted }, Yesterday42 with { LastTextedUtc = texted.AddHours(1) }]);
        var newer = SmsReferenceResolver.Resolve(reference, [Today42 with { LastTextedUtc = texted.AddHours(1) }, Yesterday42 with { LastTextedUtc = texted }]);

        Assert.Equal(new ReferenceResolution.Resolved("20261121-0042"), older);
        Assert.Equal(new ReferenceResolution.Resolved("20261122-0042"), newer);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Resolve_SequenceOfTwoDays_TextedAtTheSameTimeOrNeither_StillAsks()
    {
        var texted = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var reference = SmsCommandParser.Parse("收到 0042").Command!.Reference;

        Assert.IsType<ReferenceResolution.Ambiguous>(SmsReferenceResolver.Resolve(reference, [Today42 with { LastTextedUtc = texted }, Yesterday42 with { LastTextedUtc = texted }]));
        Assert.IsType<ReferenceResolution.Ambiguous>(SmsReferenceResolver.Resolve(reference, [Today42, Yesterday42]));
    }
}
