using Hotline.Local;

var builder = WebApplication.CreateBuilder(args);
builder.AddHotline();
var app = builder.Build();
await app.UseHotlineAsync();
await app.RunAsync();

/// <summary>The local host's entry point (public so that tests can start it).</summary>
public partial class Program;
