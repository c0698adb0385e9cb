using System.Collections.Concurrent;
using System.Net;
using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Tests.Api;

/// <summary>Issue 12 "doors closed": wrong API keys are rate-limited per source address and logged masked.</summary>
public sealed class FailedKeyAttemptsTests : IDisposable
{
    private const string GoodKey = "hk_the-real-key-of-agent";
    private readonly Captured _logs = new();
    private readonly ServiceProvider _services;

    public FailedKeyAttemptsTests()
    {
        var directory = new InMemoryStaffDirectory();
        directory.UpsertAsync(new StaffRecord(
            new StaffMember(StaffId.Parse("agent1"), "小周", PhoneNumber.Parse("13900000004"), new HashSet<Role> { Role.Agent }, "hotline", null, OnDuty: true),
            ApiKeys.Hash(GoodKey)), CancellationToken.None).GetAwaiter().GetResult();
        _services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs))
            .AddSingleton<IStaffDirectory>(directory)
            .AddSingleton(new ApiOptions { FailedKeyLimit = 3, FailedKeyWindow = TimeSpan.FromMinutes(5) })
            .AddSingleton<FailedKeyAttempts>()
            .BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    private async Task<int> SignInAsync(string address, string key)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Request.Headers[ApiAuth.Header] = key;
        var (staff, error) = await ApiAuth.AuthenticateAsync(context, _services.GetRequiredService<IStaffDirectory>());
        if (error is null)
        {
            return staff is null ? 0 : 200;
        }

        await error.ExecuteAsync(context);
        return context.Response.StatusCode;
    }

    [Fact]
    public async Task WrongKeys_PastTheLimit_AddressAnswered429_EvenWithTheRightKey_OtherAddressesUnaffected()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(401, await SignInAsync("203.0.113.7", $"guess-number-{i}"));
        }

        Assert.Equal(429, await SignInAsync("203.0.113.7", "guess-number-3"));
        Assert.Equal(429, await SignInAsync("203.0.113.7", GoodKey));
        Assert.Equal(200, await SignInAsync("198.51.100.2", GoodKey));
        Assert.Equal(401, await SignInAsync("198.51.100.2", "one-typo"));
    }

    [Fact]
    public async Task RightKeys_NeverCount()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(200, await SignInAsync("203.0.113.8", GoodKey));
        }

        Assert.Equal(401, await SignInAsync("203.0.113.8", "a-wrong-one"));
    }

    [Fact]
    public async Task WrongKey_LoggedMasked_NeverInFull()
    {
        const string guess = "demo-admin-guess-12345";

        await SignInAsync("203.0.113.9", guess);

        var line = Assert.Single(_logs.Lines, l => l.Contains("203.0.113.9", StringComparison.Ordinal));
        Assert.Contains(FailedKeyAttempts.Mask(guess), line, StringComparison.Ordinal);
        Assert.DoesNotContain(guess, line, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", line, StringComparison.Ordinal);
    }

    private sealed class Captured : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
