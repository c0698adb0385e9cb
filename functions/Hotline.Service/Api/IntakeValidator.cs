using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;

namespace Hotline.Service.Api;

/// <summary>Checks an intake body field by field (R-IN-1) and builds the <see cref="IntakeRequest"/>.</summary>
public static class IntakeValidator
{
    public static async Task<(IntakeRequest? Request, StaffRecord? ReceivedBy, Validation Validation)> ValidateAsync(
        IntakeBody body, ProfileRegistry profiles, IStaffDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(directory);
        var v = new Validation();
        var profile = body.Profile is null ? profiles.Default : profiles.Find(body.Profile);
        if (profile is null)
        {
            v.Add("profile", $"Unknown profile '{body.Profile}'; loaded: {string.Join(", ", profiles.All.Select(p => p.Id))}.");
        }

        // A body with no caller at all is checked field by field like an empty one, so each missing value is named where
        // the form shows it (caller.name, caller.phone, caller.address, caller.property), not as one "caller" error.
        var given = body.Caller ?? new CallerBody(null, null, null, null);

        // R-IN-8: an anonymous report, an item staff found themselves (reason B, or channel 'internal') or an upstream item
        // may come without a name or phone; every other intake records who called (R-IN-1). The address and property
        // still say where the problem is.
        var mayBeUnknown = body.Anonymous == true || body.Upstream is not null
            || string.Equals(body.Reason, "found-by-staff", StringComparison.OrdinalIgnoreCase)
            || string.Equals(body.Channel?.Trim(), "internal", StringComparison.OrdinalIgnoreCase)
            || string.Equals(body.Channel?.Trim(), "upstream", StringComparison.OrdinalIgnoreCase);
        var name = mayBeUnknown && string.IsNullOrWhiteSpace(given.Name) ? null : v.Required(given.Name, "caller.name", 50);
        var address = v.Required(given.Address, "caller.address", 200);
        var property = v.Required(given.Property, "caller.property", 100);
        PhoneNumber? phone = null;
        string? phoneError = null;
        if (!(mayBeUnknown && string.IsNullOrWhiteSpace(given.Phone)))
        {
            if (PhoneNumber.TryParse(given.Phone, out var parsed, out phoneError))
            {
                phone = parsed;
            }
            else
            {
                v.Add("caller.phone", phoneError);
            }
        }

        Caller? caller = (name is not null || mayBeUnknown) && address is not null && property is not null && phoneError is null
            ? new Caller(name, phone, address, property)
            : null;

        var category = v.Required(body.Category, "category", 64);
        if (category is not null && profile is not null && profile.FindCategory(category) is null)
        {
            v.Add("category", $"'{category}' is not a category of profile {profile.Id}: {string.Join(", ", profile.Categories.Select(c => c.Code))}.");
        }

        var linkedUnit = v.Optional(body.LinkedUnit, "linkedUnit", 100) is { Length: > 0 } named ? named : null;
        if (category is not null && profile is not null && profile.Reporting.LinkedUnitProblem(category, linkedUnit) is { } linkedUnitProblem)
        {
            v.Add("linkedUnit", linkedUnitProblem);
        }

        var summary = v.Required(body.Summary, "summary", 500);
        var details = v.Optional(body.Details, "details", 4000);
        var channel = v.Enum<Channel>(body.Channel, "channel", Channel.Phone);
        var urgency = v.Enum<Urgency>(body.Urgency, "urgency", Urgency.Normal);
        var decision = v.Enum<IntakeDecision>(body.Decision, "decision");
        var reason = body.Reason is null ? null : v.Enum<OpenReason>(body.Reason, "reason");
        var contact = new FirstContact(
            ReadBack: v.Optional(body.ReadBack, "readBack", 1000),
            ToldProcedure: v.Optional(body.ToldProcedure, "toldProcedure", 500),
            ToldExpectedUtc: body.ToldExpectedUtc?.ToUniversalTime());
        UpstreamItem? upstream = null;
        if (body.Upstream is { } u)
        {
            var number = v.Required(u.Number, "upstream.number", 64);
            var area = v.Required(u.Area, "upstream.area", 100);
            upstream = number is null || area is null ? null : new UpstreamItem(number, area, u.DueUtc?.ToUniversalTime());
        }

        StaffRecord? receivedBy = null;
        if (!StaffId.TryParse(body.ReceivedBy, out var receivedById))
        {
            v.Add("receivedBy", "Required: the staff id of the first-question owner, whoever the caller first reached (R-IN-9).");
        }
        else
        {
            receivedBy = await directory.GetAsync(receivedById, cancellationToken);
            if (receivedBy is null)
            {
                v.Add("receivedBy", $"No staff member '{receivedById}' in the directory.");
            }
        }

        var fee = Fee(body.Fee, v);
        if (!v.IsValid)
        {
            return (null, receivedBy, v);
        }

        return (new IntakeRequest(profile!, caller!, channel!.Value, category!, urgency!.Value, summary!, details, decision!.Value, reason, upstream,
            body.HandledByBuildingBefore ?? true, LinkedUnit: linkedUnit, FirstContact: contact, Fee: fee), receivedBy, v);
    }

    /// <summary>R-FU-9: a fee is recorded only with the owner's consent; an owner who declines is a call record, not a case.</summary>
    private static FeeAgreed? Fee(FeeBody? body, Validation v)
    {
        if (body is null)
        {
            return null;
        }

        var amount = v.Required(body.Amount, "fee.amount", 200);
        if (body.Agreed != true)
        {
            v.Add("fee.agreed", "Paid work starts only when the owner agreed to the fee (true); an owner who declines is recorded with decision 'answered'.");
        }

        return amount is null ? null : new FeeAgreed(amount);
    }
}
