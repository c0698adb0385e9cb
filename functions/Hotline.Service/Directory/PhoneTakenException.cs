using Hotline.Domain.Staff;

namespace Hotline.Service.Directory;

/// <summary>
/// A phone number belongs to one staff member: inbound SMS is attributed by the sender's number, so a second member with
/// the same number would make every reply from it ambiguous. Thrown by <see cref="IStaffDirectory.UpsertAsync"/>.
/// </summary>
public sealed class PhoneTakenException : InvalidOperationException
{
    public PhoneTakenException(StaffId holder)
        : base($"The phone number already belongs to staff member {holder.Value}.") => Holder = holder;

    public PhoneTakenException()
        : base("The phone number already belongs to another staff member.")
    {
    }

    public PhoneTakenException(string message)
        : base(message)
    {
    }

    public PhoneTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Who has the number.</summary>
    public StaffId? Holder { get; }
}
