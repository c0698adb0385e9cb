using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hotline.Testing;

/// <summary>
/// A private Azurite (the real Azure Storage emulator, pinned in package.json) with its blob, queue and table services
/// on free loopback ports and telemetry off, killed with its process tree on dispose. The Durable Task Framework needs
/// all three (blob leases, queues, tables); the stores need the table service.
/// </summary>
/// <remarks>
/// Needs <c>npm ci</c> at the repository root, which installs <c>node_modules/.bin/azurite</c>. In memory by default;
/// <see cref="AzuriteStartOptions.Persistent"/> keeps the data on disk so that <see cref="StopAsync"/> and
/// <see cref="RestartAsync"/> can take the emulator away and bring it back with everything it held (fault tests).
/// </remarks>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known Azurite account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known Azurite key, published in the Azurite README (not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int StartAttempts = 3;
    private static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(30);

    private readonly AzuriteStartOptions _options;
    private readonly DirectoryInfo _workspace;
    private Process? _process;
    private StringBuilder _output = new();

    private AzuriteProcess(AzuriteStartOptions options, DirectoryInfo workspace, AzuritePorts ports)
    {
        _options = options;
        _workspace = workspace;
        Ports = ports;
    }

    /// <summary>The loopback ports of the three services.</summary>
    public AzuritePorts Ports { get; }

    /// <summary>The loopback port the Table service listens on.</summary>
    public int TablePort => Ports.Table;

    /// <summary>The path-style Table endpoint, e.g. <c>http://127.0.0.1:54321/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => Endpoint(Ports.Table);

    /// <summary>A storage connection string naming all three endpoints of this instance.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={Endpoint(Ports.Blob)};QueueEndpoint={Endpoint(Ports.Queue)};TableEndpoint={TableEndpoint};";

    /// <summary>Whether the emulator process is up (false between <see cref="StopAsync"/> and <see cref="RestartAsync"/>).</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite and waits until all its ports accept connections.</summary>
    /// <exception cref="FileNotFoundException">Azurite is not installed: run <c>npm ci</c> at the repository root.</exception>
    /// <exception cref="InvalidOperationException">Azurite exited or did not open its ports in time (its output is in the message).</exception>
    public static async Task<AzuriteProcess> StartAsync(TimeSpan? startupTimeout = null, CancellationToken cancellationToken = default) =>
        await StartAsync(new AzuriteStartOptions { StartupTimeout = startupTimeout ?? DefaultStartupTimeout }, cancellationToken);

    /// <inheritdoc cref="StartAsync(TimeSpan?, CancellationToken)"/>
    public static async Task<AzuriteProcess> StartAsync(AzuriteStartOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        InvalidOperationException? lastFailure = null;

        // A free port can be taken between probing and Azurite binding it; other ports usually fix that.
        for (var attempt = 0; attempt < StartAttempts; attempt++)
        {
            var instance = new AzuriteProcess(options, Directory.CreateTempSubdirectory("hotline-azurite-"),
                new AzuritePorts(LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free()));
            try
            {
                await instance.LaunchAndWaitAsync(cancellationToken);
                return instance;
            }
            catch (InvalidOperationException ex) when (instance._process is { HasExited: true })
            {
                // Exited early (typically EADDRINUSE): try other ports. A timeout is not retried.
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

    /// <summary>Kills the emulator (as a crash would); a persistent instance keeps its data for <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

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
            _process = null;
        }
    }

    /// <summary>Starts the emulator again on the same ports (and, when persistent, the same data).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await LaunchAndWaitAsync(cancellationToken);
    }

    /// <summary>Kills Azurite and its child processes and removes its workspace.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TryDelete(_workspace);
    }

    private async Task LaunchAndWaitAsync(CancellationToken cancellationToken)
    {
        _output = new StringBuilder();
        _process = Launch(FindExecutable(), _workspace.FullName, Ports, _options.Persistent, _output);
        foreach (var port in new[] { Ports.Blob, Ports.Queue, Ports.Table })
        {
            await WaitUntilListeningAsync(port, _options.StartupTimeout, cancellationToken);
        }
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {_process?.ExitCode} before listening on port {port}. Output:\n{Snapshot(_output)}");
            }

            using var client = new TcpClient();
            try
            {
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptTimeout.CancelAfter(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, port, attemptTimeout.Token);
                return;
            }
            catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        throw new InvalidOperationException(
            $"Azurite did not listen on port {port} within {timeout.TotalSeconds:0} s. Output:\n{Snapshot(_output)}");
    }

    private static Uri Endpoint(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{AccountName}");
}

/// <summary>Ports of Azurite's three services.</summary>
public sealed record AzuritePorts(int Blob, int Queue, int Table);

public sealed record AzuriteStartOptions
{
    /// <summary>Keep the data on disk (in the instance's temporary workspace) so that a restart finds it.</summary>
    public bool Persistent { get; init; }

    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
