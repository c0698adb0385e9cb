using System.Reflection;
using System.Text.RegularExpressions;

namespace Hotline.Functions.Tests;

/// <summary>
/// Every app setting the Functions app reads is set by the Bicep that deploys it and shown in the local settings
/// example: a setting added to <see cref="FunctionsSettings"/> and forgotten in infra/ would only fail in Azure.
/// </summary>
public sealed partial class AppSettingsTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    public static TheoryData<string> SettingsTheCodeReads()
    {
        var names = new TheoryData<string>();
        foreach (var name in Names(typeof(FunctionsSettings), "Hotline"))
        {
            names.Add(name);
        }

        // host.json names the task hub through an app setting (%HOTLINE_HUB_NAME%); the host reads AzureWebJobsStorage.
        foreach (Match m in HostJsonSetting().Matches(File.ReadAllText(Path.Combine(Root, "host.json"))))
        {
            names.Add(m.Groups[1].Value);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(SettingsTheCodeReads))]
    public void Setting_IsSetInBicep_AndInTheLocalExample(string name)
    {
        Assert.Contains($"name: '{name}'", File.ReadAllText(Path.Combine(Root, "infra/modules/functions.bicep")), StringComparison.Ordinal);
        Assert.Contains($"\"{name}\"", File.ReadAllText(Path.Combine(Root, "functions/Hotline.Functions/local.settings.json.example")), StringComparison.Ordinal);
    }

    [Fact]
    public void DurableTaskHub_UsesTheManagedIdentity_NotAStorageKey()
    {
        var bicep = File.ReadAllText(Path.Combine(Root, "infra/modules/functions.bicep"));
        Assert.Contains("name: 'AzureWebJobsStorage__accountName'", bicep, StringComparison.Ordinal);
        Assert.Contains("name: 'AzureWebJobsStorage__credential', value: 'managedidentity'", bicep, StringComparison.Ordinal);
        Assert.DoesNotContain("name: 'AzureWebJobsStorage',", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void SmsEvents_ReachTheWebhookFunction_WithItsKeyFromTheDeployment()
    {
        var bicep = File.ReadAllText(Path.Combine(Root, "infra/modules/eventgrid.bicep"));
        Assert.Contains("endpointType: 'WebHook'", bicep, StringComparison.Ordinal);
        Assert.Contains("/api/sms/inbound?code=${listKeys('${functionAppId}/functions/SmsInbound'", bicep, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = $"{prefix}__{property.Name}";
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
            {
                foreach (var nested in Names(property.PropertyType, name))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return name;
            }
        }
    }

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex HostJsonSetting();
}
