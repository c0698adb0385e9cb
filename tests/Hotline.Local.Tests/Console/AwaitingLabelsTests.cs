using System.Text.Json;
using Hotline.Domain.Cases;

namespace Hotline.Local.Tests;

/// <summary>
/// My queue says in Chinese what awaits the viewer (issue 12): every step the server can send in <c>awaiting</c> has a
/// label in the console (wwwroot/js/labels-shift.js), and the console labels no step the server never sends.
/// </summary>
public sealed class AwaitingLabelsTests
{
    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void EveryAwaitedStep_HasAChineseLabel_AndNoLabelIsForAStepTheServerNeverSends()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Hotline.Functions.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Not inside the repository.");
        }

        var script = File.ReadAllText(Path.Combine(root.FullName, "functions", "Hotline.Local", "wwwroot", "js", "labels-shift.js"));
        var start = script.IndexOf("export const AWAITING = {", StringComparison.Ordinal);
        var body = script[(script.IndexOf('{', start) + 1)..script.IndexOf("};", start, StringComparison.Ordinal)];
        var labelled = body.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => l.Split(','))
            .Select(entry => entry.Split(':')[0].Trim().Trim('\''))
            .Where(key => key.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var sent = Enum.GetValues<AwaitedStep>().Select(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString())).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(sent.Order(StringComparer.Ordinal), labelled.Order(StringComparer.Ordinal));
    }
}
