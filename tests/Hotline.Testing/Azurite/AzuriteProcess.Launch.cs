using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hotline.Testing;

/// <summary>Process plumbing: locating, launching and observing the Azurite executable.</summary>
public sealed partial class AzuriteProcess
{
    private static string FindExecutable()
    {
        var root = RepositoryRoot.Find();
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        var path = Path.Combine(root.FullName, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"Azurite is not installed ({path} is missing). Run 'npm ci' in {root.FullName} to install the pinned version.", path);
    }

    private static Process Launch(string executable, string workspace, AzuritePorts ports, bool persistent, StringBuilder output)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workspace,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--blobHost", "127.0.0.1", "--blobPort", ports.Blob.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports.Queue.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports.Table.ToString(CultureInfo.InvariantCulture),
            "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",

            // Azurite refuses --location with --inMemoryPersistence; in memory, the working directory catches anything it still writes.
            .. persistent ? new[] { "--location", Path.Combine(workspace, "data") } : ["--inMemoryPersistence"],
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.Length == 0 ? "(none)" : output.ToString();
        }
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
