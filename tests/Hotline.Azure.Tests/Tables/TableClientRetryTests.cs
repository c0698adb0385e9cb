using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure;
using Azure.Core;
using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

/// <summary>Retries come from Azure.Core's pipeline; checked against a real socket on 127.0.0.1.</summary>
public sealed class TableClientRetryTests
{
    [Fact]
    public async Task TransientServiceUnavailable_IsRetriedByThePipeline()
    {
        using var server = new ScriptedServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);

        var response = await server.CreateClient().UpsertEntityAsync(new TableEntity("c1", "state") { ["Status"] = "Open" });

        Assert.Equal(204, response.Status);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Conflict_IsNotRetried()
    {
        using var server = new ScriptedServer(HttpStatusCode.Conflict, HttpStatusCode.NoContent);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => server.CreateClient().AddEntityAsync(new TableEntity("c1", "state")));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Equal(1, server.RequestCount);
    }

    /// <summary>An HttpListener on a free loopback port answering with one status per request, the last repeated.</summary>
    private sealed class ScriptedServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly HttpStatusCode[] _statuses;
        private readonly int _port;
        private int _requestCount;

        public ScriptedServer(params HttpStatusCode[] statuses)
        {
            _statuses = statuses;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                _port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int RequestCount => Volatile.Read(ref _requestCount);

        public TableClient CreateClient()
        {
            var options = new TableClientOptions();
            options.Retry.Mode = RetryMode.Fixed;
            options.Retry.Delay = TimeSpan.FromMilliseconds(10);
            return new TableClient(
                new Uri($"http://127.0.0.1:{_port}/devstoreaccount1"), "Cases",
                new TableSharedKeyCredential("devstoreaccount1", TableConnectionString.DevelopmentAccountKey), options);
        }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var count = Interlocked.Increment(ref _requestCount);
                var status = _statuses[Math.Min(count, _statuses.Length) - 1];
                context.Response.StatusCode = (int)status;
                if (status >= HttpStatusCode.BadRequest)
                {
                    var code = status == HttpStatusCode.Conflict ? "EntityAlreadyExists" : "ServerBusy";
                    context.Response.Headers["x-ms-error-code"] = code;
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(
                        Encoding.UTF8.GetBytes("{\"odata.error\":{\"code\":\"" + code + "\",\"message\":{\"value\":\"scripted\"}}}"));
                }

                context.Response.Close();
            }
        }
    }
}
