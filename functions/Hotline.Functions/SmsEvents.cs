using Hotline.Azure.Sms;
using Hotline.Service.Orchestration;
using Hotline.Service.Running;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Functions;

/// <summary>
/// ACS events through the Event Grid trigger (which answers the subscription handshake itself): SMS replies go to
/// <see cref="InboundSmsService"/>, delivery reports to <see cref="DeliveryFeedback"/>, exactly as the local webhook does.
/// </summary>
/// <remarks>
/// The services act through an <see cref="OrchestratedCaseDriver"/> built on this invocation's Durable client, so a
/// reply's trigger is raised to the case's orchestration, the single writer of its case.
/// </remarks>
public sealed partial class SmsEvents(IServiceProvider services, ILogger<SmsEvents> logger)
{
    [Function(nameof(SmsEvent))]
    public async Task SmsEvent([EventGridTrigger] string eventJson, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var driver = new OrchestratedCaseDriver(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<ProfileRegistry>(), new DurableCaseOrchestrations(client));
        var inbound = ActivatorUtilities.CreateInstance<InboundSmsService>(services, driver);
        var feedback = ActivatorUtilities.CreateInstance<DeliveryFeedback>(services, driver);
        IReadOnlyList<InboundEvent> events;
        try
        {
            events = EventGridInbound.Parse(BinaryData.FromString(eventJson), EventGridInbound.NotificationHeader);
        }
        catch (InboundFormatException e)
        {
            // Redelivering a malformed event cannot help: log it and let Event Grid consider it delivered.
            LogMalformed(logger, e.Field, e.Message);
            return;
        }

        foreach (var e in events)
        {
            switch (e)
            {
                case InboundEvent.SmsReceived sms:
                    await inbound.HandleAsync(new InboundSms(sms.MessageId, sms.From, sms.Message, sms.ReceivedAt), cancellationToken);
                    break;
                case InboundEvent.SmsDeliveryReport report:
                    await feedback.OnDeliveryReportAsync(report.Tag, report.DeliveryStatus, report.DeliveryStatusDetails, cancellationToken);
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed Event Grid event ignored ({Field}): {Reason}")]
    private static partial void LogMalformed(ILogger logger, string field, string reason);
}
