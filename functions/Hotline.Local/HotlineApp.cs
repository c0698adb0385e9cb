namespace Hotline.Local;

/// <summary>Builds the local host ready to run; Program runs it, tests start it on a free loopback port.</summary>
public static class HotlineApp
{
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHotline();
        var app = builder.Build();
        await app.UseHotlineAsync();
        return app;
    }
}
