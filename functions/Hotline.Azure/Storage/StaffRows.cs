using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Azure.Storage;

/// <summary>A <see cref="StaffRecord"/> as a row: plain columns, roles as comma-separated kebab names (<c>agent,deputy-general-manager</c>).</summary>
internal static class StaffRows
{
    public static TableEntity ToEntity(string partition, StaffRecord record)
    {
        var member = record.Member;
        var entity = new TableEntity(partition, member.Id.Value)
        {
            ["Name"] = member.Name,
            ["Phone"] = member.Phone.E164,
            ["Roles"] = string.Join(',', member.Roles.Order().Select(KebabEnum<Role>.Name)),
            ["Unit"] = member.Unit,
            ["OnDuty"] = member.OnDuty,
        };
        if (member.ManagerId is { } manager)
        {
            entity["Manager"] = manager.Value;
        }

        if (record.ApiKeyHash is { } hash)
        {
            entity["ApiKeyHash"] = hash;
        }

        return entity;
    }

    public static StaffRecord FromEntity(TableEntity entity)
    {
        var roles = (entity.GetString("Roles") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(KebabEnum<Role>.Parse)
            .ToHashSet();
        var member = new StaffMember(
            StaffId.Parse(entity.RowKey),
            entity.GetString("Name") ?? string.Empty,
            PhoneNumber.Parse(entity.GetString("Phone") ?? throw new InvalidOperationException($"Staff {entity.RowKey} has no phone.")),
            roles,
            entity.GetString("Unit") ?? string.Empty,
            entity.GetString("Manager") is { } manager ? StaffId.Parse(manager) : null,
            entity.GetBoolean("OnDuty") ?? false);
        return new StaffRecord(member, entity.GetString("ApiKeyHash"));
    }
}
