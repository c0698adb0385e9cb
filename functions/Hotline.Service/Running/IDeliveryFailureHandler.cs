using Hotline.Service.Storage;

namespace Hotline.Service.Running;

/// <summary>Told when a message could not be delivered for good, so the case can react (call the next person).</summary>
public interface IDeliveryFailureHandler
{
    Task OnPermanentFailureAsync(OutboxMessage message, CancellationToken cancellationToken);
}
