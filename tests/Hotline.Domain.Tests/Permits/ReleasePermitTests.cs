using Hotline.Domain.Permits;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Permits;

/// <summary>R-SV-1 (001 篇4): 放行通知单 — who may get one and what they bring, the gate's decision, the duplicate's filing.</summary>
public sealed class ReleasePermitTests
{
    private static readonly DateTimeOffset At = Scenario.Local("2026-11-18 10:00");
    private static readonly DateOnly Today = new(2026, 11, 18);

    private static PermitRequest Owner(bool signed = true, bool id = true) =>
        new("3栋1201", "冰箱一台", ValuableOrLarge: true, PermitApplicant.Owner, "张三丰", id, signed, null);

    private static PermitRequest Tenant(WrittenAuthorisation? auth) =>
        new("3栋1201", "书柜一个", ValuableOrLarge: true, PermitApplicant.Other, "李四", IdShown: true, SignedByApplicant: true, auth);

    private static WrittenAuthorisation Auth(bool signed = true, bool idCopy = true, string person = "李四", DateOnly? date = null, string? items = "书柜一个") =>
        new(signed, idCopy, person, date ?? Today, items);

    private static (ReleasePermit? Permit, PermitRefusal? Refusal) Issue(PermitRequest request, string by = "agent1") =>
        ReleasePermitRules.Issue("FX-0001", "park-dispatch", request, TestOrg.Actor(by), At, Today);

    [Fact]
    [Trait("Rule", "R-SV-1")]
    public void OwnerOrRegisteredFamily_ShowsIdAndSigns_PermitIssued()
    {
        Assert.NotNull(Issue(Owner()).Permit);
        Assert.NotNull(Issue(Owner() with { Applicant = PermitApplicant.RegisteredFamily, ApplicantName = "张小丰" }).Permit);
        Assert.Equal("signedByApplicant", Issue(Owner(signed: false)).Refusal!.Field);
        Assert.Equal("idShown", Issue(Owner(id: false)).Refusal!.Field);
        Assert.True(Issue(Owner(), by: "security-1").Refusal!.Forbidden);
    }

    [Theory]
    [Trait("Rule", "R-SV-1")]
    [InlineData("none", "authorisation")]
    [InlineData("unsigned", "authorisation.signedByOwner")]
    [InlineData("no-id-copy", "authorisation.ownerIdCopyAttached")]
    [InlineData("someone-else", "authorisation.authorisedPerson")]
    [InlineData("yesterday", "authorisation.forDate")]
    [InlineData("no-items", "authorisation.itemsNamed")]
    public void AnyoneElse_WithoutACompleteWrittenAuthorisation_Refused(string flaw, string field)
    {
        var auth = flaw switch
        {
            "none" => null,
            "unsigned" => Auth(signed: false),
            "no-id-copy" => Auth(idCopy: false),
            "someone-else" => Auth(person: "王五"),
            "yesterday" => Auth(date: Today.AddDays(-1)),
            _ => Auth(items: null),
        };

        var refusal = Issue(Tenant(auth)).Refusal;
        Assert.Equal(field, refusal!.Field);
        Assert.Equal("R-SV-1", ReleasePermitRules.Rule);
    }

    [Fact]
    [Trait("Rule", "R-SV-1")]
    public void AnyoneElse_WithTheOwnersAuthorisationAndIdCopy_Issued_AuthorisationAttached_ButItReleasesNoValuables()
    {
        var permit = Issue(Tenant(Auth())).Permit!;

        Assert.True(permit.AuthorisationAttached);
        Assert.Equal(2, ReleasePermit.Copies.Length); // 一式两份: service centre and security
        Assert.False(ReleasePermitRules.ReleasesValuables(permit));
        Assert.True(ReleasePermitRules.ReleasesValuables(Issue(Owner()).Permit!));
    }

    [Theory]
    [Trait("Rule", "R-SV-1")]
    [InlineData(true, false, GateOutcome.PassWithoutPermit)]
    [InlineData(false, false, GateOutcome.PermitRequired)]
    [InlineData(true, true, GateOutcome.OwnerSignatureRequired)]
    [InlineData(false, true, GateOutcome.OwnerSignatureRequired)]
    public void AtTheGate_SmallItemsOfAKnownOwnerPass_ValuablesNeedTheOwnersSignature(bool guardKnowsOwner, bool valuable, GateOutcome expected) =>
        Assert.Equal(expected, ReleasePermitRules.AtTheGate(guardKnowsOwner, valuable));

    [Fact]
    [Trait("Rule", "R-SV-1")]
    public void SecurityCopies_DueBackAfterTenDays_FiledOnHandBack()
    {
        var old = Issue(Owner()).Permit! with { Id = "FX-0001", IssuedUtc = At.AddDays(-10) };
        var recent = Issue(Owner()).Permit! with { Id = "FX-0002", IssuedUtc = At.AddDays(-9) };

        var everyDays = Hotline.Domain.Profiles.ProfileCatalog.BuiltIn["park-dispatch"].ReleasePermits.HandBackEveryDays;
        Assert.Equal(["FX-0001"], PermitFiling.Overdue([old, recent], At, everyDays).Select(p => p.Id));
        var filed = PermitFiling.HandBack(old, At);
        Assert.Equal(At, filed.SecurityCopyFiledUtc);
        Assert.Empty(PermitFiling.Overdue([filed, recent], At, everyDays));
        Assert.Equal(At, PermitFiling.HandBack(filed, At.AddDays(1)).SecurityCopyFiledUtc);
    }
}
