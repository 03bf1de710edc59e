using AiOps.Notifications.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Tests.Escalation;

/// <summary>
/// Acknowledges an incident at the very moment its escalation step is being published, to test that the step
/// was decided under the incident's lock.
/// </summary>
/// <remarks>
/// Under the lock the acknowledgement cannot finish before the step is published, so the bounded wait only
/// runs out when the code is right; without the lock the acknowledgement lands first.
/// </remarks>
internal sealed class AcknowledgingPublisher(INotificationPublisher inner, IServiceProvider services)
    : INotificationPublisher
{
    private static readonly TimeSpan RaceWindow = TimeSpan.FromMilliseconds(50);

    private string? _incidentId;

    public Task? Acknowledgement { get; private set; }

    public void AcknowledgeWhenStepPublishes(string incidentId) => _incidentId = incidentId;

    public async Task<Notification> PublishAsync(
        NotificationRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Type == NotificationTypes.IncidentEscalated && request.IncidentId == _incidentId)
        {
            _incidentId = null;
            var incidents = services.GetRequiredService<IIncidentManager>();
            Acknowledgement = Task.Run(
                () => incidents.AcknowledgeAsync(request.IncidentId!, "alice", cancellationToken), cancellationToken);
            await Task.WhenAny(Acknowledgement, Task.Delay(RaceWindow, cancellationToken));
        }

        return await inner.PublishAsync(request, cancellationToken);
    }

    public Task<Delivery?> ResendAsync(string deliveryId, CancellationToken cancellationToken = default) =>
        inner.ResendAsync(deliveryId, cancellationToken);
}
