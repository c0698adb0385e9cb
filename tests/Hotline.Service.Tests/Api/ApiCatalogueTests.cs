using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Service.Api.OpenApi;
using Hotline.Service.Serialization;

namespace Hotline.Service.Tests.Api;

/// <summary>
/// The catalogue's examples say only what the body records read: a misspelt field would be dropped silently by the
/// serializer and the example would still be "accepted", so every member of every example must map to its record.
/// </summary>
public sealed class ApiCatalogueTests
{
    private static readonly JsonSerializerOptions Strict = new(HotlineJson.Create()) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static TheoryData<string> WithBodies()
    {
        var data = new TheoryData<string>();
        foreach (var name in ApiCatalogue.Names.Where(n => ApiCatalogue.Find(n)!.Body is { } body && body != typeof(JsonElement)).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WithBodies))]
    public void BodyExample_MapsEveryMemberToItsRecord_AndGivesTheRequiredFields(string name)
    {
        var doc = ApiCatalogue.Find(name)!;

        var value = JsonSerializer.Deserialize(doc.BodyExample!, doc.Body!, Strict);

        Assert.NotNull(value);
        var example = JsonDocument.Parse(doc.BodyExample!).RootElement;
        foreach (var field in ApiCatalogue.FieldsOf(doc.Body!)?.Required ?? [])
        {
            Assert.True(example.TryGetProperty(field, out _), $"{name}'s example lacks the required field {field}.");
        }
    }

    [Fact]
    public void EveryEntry_HasTextsAnAnswerAndA2xx_AndNamesAreUnique()
    {
        var docs = ApiCatalogue.Names.Select(n => ApiCatalogue.Find(n)!).ToList();

        Assert.True(docs.Count >= 40, $"{docs.Count} entries");
        Assert.All(docs, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Summary));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.Contains(d.Tag, ApiCatalogue.Tags.Select(t => t.Name));
            Assert.Contains(d.Answers, a => a.Status is >= 200 and < 300);
            Assert.Equal(d.Answers.Count, d.Answers.Select(a => a.Status).Distinct().Count());
            Assert.All(d.Parameters.Where(p => p.In == ParamIn.Path || p.Required), p => Assert.NotNull(p.Example));
        });
    }
}
