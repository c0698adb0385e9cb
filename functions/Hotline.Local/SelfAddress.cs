using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hotline.Local;

/// <summary>This host's own base address once Kestrel listens (the simulator and its webhook calls need it).</summary>
public sealed class SelfAddress(IServer server)
{
    public Uri BaseUri
    {
        get
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The server is not listening yet.");
            return new Uri(address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }
}
