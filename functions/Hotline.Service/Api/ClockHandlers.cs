using Hotline.Service.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

/// <summary>
/// <c>GET /api/clock</c>: the host's "now", for any signed-in staff member. The console opens its reports on the host's
/// current day and month, which under the manual clock (demo, tests) is not the browser's; a host without this endpoint
/// (the Functions app runs on the real clock) leaves the console on the browser's date.
/// </summary>
public static class ClockHandlers
{
    public static Task<IResult> NowAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], (_, services) =>
        {
            var time = services.GetRequiredService<TimeProvider>();
            return Task.FromResult(Results.Ok(new HostClockView(time.GetUtcNow(), time is ManualTimeProvider)));
        });
}

/// <param name="Manual">The manual (simulated) clock of Hotline:Clock=Manual.</param>
public sealed record HostClockView(DateTimeOffset NowUtc, bool Manual);
