using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Functions;

/// <summary>
/// The services that move cases, built for one invocation around the Durable client Functions binds to it (the client
/// is a binding, not a container service). Every trigger they produce is raised to the case's orchestration, the single
/// writer of its case, through an <see cref="OrchestratedCaseDriver"/>.
/// </summary>
internal sealed class InvocationServices(IServiceProvider services, DurableTaskClient client)
{
    public DurableCaseOrchestrations Orchestrations { get; } = new(client);

    public OrchestratedCaseDriver Driver => new(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<ProfileRegistry>(), Orchestrations, services.GetService<Service.Api.ApiOptions>());

    public DeliveryFeedback Feedback => ActivatorUtilities.CreateInstance<DeliveryFeedback>(services, (ICaseDriver)Driver);

    public InboundSmsService Inbound => ActivatorUtilities.CreateInstance<InboundSmsService>(services, (ICaseDriver)Driver);
}
