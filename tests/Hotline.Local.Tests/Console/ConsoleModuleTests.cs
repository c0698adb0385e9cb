using System.Diagnostics;

namespace Hotline.Local.Tests;

/// <summary>
/// The console's DOM-free modules (Chinese messages, queue marks and order) tested in Node without a browser:
/// runs <c>node --test</c> on Console/js/*.test.mjs and fails with its report when a test fails.
/// </summary>
public sealed class ConsoleModuleTests
{
    [Fact]
    [Trait("Rule", "R-IN-1")]
    [Trait("Rule", "R-EM-2")]
    public async Task ShiftModules_NodeTestsPass()
    {
        var root = RepositoryRoot();
        var tests = Directory.GetFiles(Path.Combine(root, "tests", "Hotline.Local.Tests", "Console", "js"), "*.test.mjs");
        Assert.NotEmpty(tests);
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        // The wwwroot modules are plain ES modules in a folder without "type": "module"; let Node detect that.
        foreach (var argument in new[] { "--experimental-detect-module", "--test" }.Concat(tests))
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start (test.sh installs it).");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"node --test failed:\n{await output}\n{await errors}");
        Assert.Contains("# fail 0", await output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hotline.Functions.sln not found above the test output.");
    }
}
