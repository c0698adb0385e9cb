using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Testing;

namespace Hotline.Service.Tests.Api;

/// <summary>
/// Issue 12: the intake's field errors name the input the console marks (caller.name, caller.phone, …), and items without
/// a caller identity (R-IN-8) are accepted when the channel or reason says they may lack one.
/// </summary>
public sealed class IntakeValidatorTests
{
    private readonly ProfileRegistry _profiles = ProfileRegistry.BuiltIn();
    private readonly InMemoryStaffDirectory _directory = new();

    public IntakeValidatorTests()
    {
        foreach (var member in TestOrg.Directory)
        {
            _directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash(TestOrg.ApiKey(member.Id.Value))), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static IntakeBody Body(CallerBody? caller, string? channel = null, string? reason = "on-site-work", bool? anonymous = null) => new(
        caller, channel, "repair", "楼道灯坏了", null, null, "agent1", "open", reason, null, null, null, anonymous);

    private Task<(IntakeRequest? Request, StaffRecord? ReceivedBy, Validation Validation)> ValidateAsync(IntakeBody body) =>
        IntakeValidator.ValidateAsync(body, _profiles, _directory, CancellationToken.None);

    [Fact]
    [Trait("Rule", "R-IN-1")]
    public async Task NoCallerAtAll_NamesEachMissingCallerField()
    {
        var (request, _, v) = await ValidateAsync(Body(caller: null));

        Assert.Null(request);
        Assert.Equal(["caller.address", "caller.name", "caller.phone", "caller.property"], v.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("caller", v.Errors.Keys);
    }

    [Fact]
    [Trait("Rule", "R-IN-8")]
    public async Task AnonymousWithoutCallerObject_NamesOnlyTheLocation()
    {
        var (request, _, v) = await ValidateAsync(Body(caller: null, anonymous: true));

        Assert.Null(request);
        Assert.Equal(["caller.address", "caller.property"], v.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [Trait("Rule", "R-IN-8")]
    [InlineData("internal", "on-site-work")]
    [InlineData("phone", "found-by-staff")]
    public async Task StaffFoundItem_ByChannelOrReason_NeedsNoNameOrPhone(string channel, string reason)
    {
        var (request, _, v) = await ValidateAsync(Body(new CallerBody(null, null, "5栋楼道", "阳光园区"), channel, reason));

        Assert.True(v.IsValid, string.Join("; ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Null(request!.Caller.Name);
        Assert.Null(request.Caller.Phone);
        Assert.Equal("5栋楼道", request.Caller.Address);
    }

    [Fact]
    [Trait("Rule", "R-IN-1")]
    public async Task PhoneCallWithoutName_StillNeedsTheName()
    {
        var (request, _, v) = await ValidateAsync(Body(new CallerBody(null, "13912345678", "5栋楼道", "阳光园区"), "phone"));

        Assert.Null(request);
        Assert.Equal(["caller.name"], v.Errors.Keys);
    }
}
