using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Search;

/// <summary>A search cannot confirm what the mask hides: with no part, free text matches only what the viewer is shown (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class SearchWithoutAPartTests
{
    private static readonly CaseState Leak = new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00")).Open("repair").State with
    {
        Caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "阳光花园3栋2单元1501", "阳光花园"),
        Summary = "张三丰家1501室卫生间漏水",
    };

    private static SearchTerm.ForText Text(string text) => Assert.IsType<SearchTerm.ForText>(SearchTerm.Parse(text, out _));

    [Theory]
    [InlineData("3栋2单元1501")]
    [InlineData("1501室")]
    [InlineData("张三丰")]
    [InlineData("阳光花园3栋2单元")]
    public void CallerDataHiddenFromTheViewer_FindsNothing(string text)
    {
        Assert.True(SearchText.Matches(SearchText.Of(Leak), Text(text)), "the index holds it in the clear");
        Assert.False(SearchWithoutAPart.Matches(Leak, TestOrg.Id("agent2"), Text(text)));
    }

    [Theory]
    [InlineData("卫生间漏水")]
    [InlineData("张**")]
    public void WhatTheViewerIsShown_StillMatches(string text) =>
        Assert.True(SearchWithoutAPart.Matches(Leak, TestOrg.Id("agent2"), Text(text)));

    [Fact]
    public void AViewerWithAPart_MatchesTheCallersFields() =>
        Assert.True(SearchWithoutAPart.Matches(Leak, Leak.FirstOwner, Text("3栋2单元1501")));
}
