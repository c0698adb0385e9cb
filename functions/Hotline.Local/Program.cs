using Hotline.Local;

var app = await HotlineApp.BuildAsync(args);
await app.RunAsync();
