using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hotline.Testing;

/// <summary>
/// A private Azurite Table service (the real Azure Storage emulator, pinned in package.json) on a free loopback
/// port, with in-memory storage and telemetry off, killed with its process tree on dispose.
/// </summary>
/// <remarks>Needs <c>npm ci</c> at the repository root, which installs <c>node_modules/.bin/azurite-table</c>.</remarks>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known Azurite account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known Azurite key, published in the Azurite README (not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int StartAttempts = 3;
    private static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly DirectoryInfo _workspace;

    private AzuriteProcess(Process process, DirectoryInfo workspace, int port)
    {
        _process = process;
        _workspace = workspace;
        TablePort = port;
    }

    /// <summary>The loopback port the Table service listens on.</summary>
    public int TablePort { get; }

    /// <summary>The path-style Table endpoint, e.g. <c>http://127.0.0.1:54321/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort.ToString(CultureInfo.InvariantCulture)}/{AccountName}");

    /// <summary>A storage connection string for this instance.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    /// <summary>Starts Azurite and waits until its port accepts connections.</summary>
    /// <exception cref="FileNotFoundException">Azurite is not installed: run <c>npm ci</c> at the repository root.</exception>
    /// <exception cref="InvalidOperationException">Azurite exited or did not open its port in time (its output is in the message).</exception>
    public static async Task<AzuriteProcess> StartAsync(TimeSpan? startupTimeout = null, CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable();
        InvalidOperationException? lastFailure = null;

        // A free port can be taken between probing and Azurite binding it; another port usually fixes that.
        for (var attempt = 0; attempt < StartAttempts; attempt++)
        {
            var workspace = Directory.CreateTempSubdirectory("hotline-azurite-");
            var port = LoopbackPorts.Free();
            var output = new StringBuilder();
            var process = Launch(executable, workspace.FullName, port, output);
            var instance = new AzuriteProcess(process, workspace, port);
            try
            {
                await instance.WaitUntilListeningAsync(startupTimeout ?? DefaultStartupTimeout, output, cancellationToken);
                return instance;
            }
            catch (InvalidOperationException ex) when (process.HasExited)
            {
                // Exited early (typically EADDRINUSE): try another port. A timeout is not retried.
                lastFailure = ex;
                await instance.DisposeAsync();
            }
            catch
            {
                await instance.DisposeAsync();
                throw;
            }
        }

        throw lastFailure!;
    }

    /// <summary>Kills Azurite and its child processes and removes its workspace.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        finally
        {
            _process.Dispose();
            TryDelete(_workspace);
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, StringBuilder output, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {_process.ExitCode} before listening on port {TablePort}. Output:\n{Snapshot(output)}");
            }

            using var client = new TcpClient();
            try
            {
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptTimeout.CancelAfter(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, TablePort, attemptTimeout.Token);
                return;
            }
            catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        throw new InvalidOperationException(
            $"Azurite did not listen on port {TablePort} within {timeout.TotalSeconds:0} s. Output:\n{Snapshot(output)}");
    }
}
