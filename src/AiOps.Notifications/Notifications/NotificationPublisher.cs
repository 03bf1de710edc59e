using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

internal sealed class NotificationPublisher(
    INotificationStore store,
    NotificationRouter router,
    DeliveryQueue queue,
    IdGenerator ids,
    TimeProvider timeProvider,
    NotificationsTelemetry telemetry,
    ILogger<NotificationPublisher> logger) : INotificationPublisher
{
    public async Task<Notification> PublishAsync(
        NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Type, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title, nameof(request));

        var notification = await CreateNotificationAsync(request, cancellationToken).ConfigureAwait(false);
        var deliveries = router.Route(request).Select(target => CreateDelivery(notification, target)).ToList();

        // The outbox write comes first: once it returns, a crash cannot lose the notification.
        await store.AddNotificationAsync(notification, deliveries, cancellationToken).ConfigureAwait(false);
        telemetry.Published(notification.Type, notification.Priority);
        LogRouting(notification, deliveries.Count);

        foreach (var delivery in deliveries)
        {
            var item = new DeliveryWorkItem(delivery.Id, delivery.Channel, delivery.Priority);
            if (!await queue.EnqueueAsync(item, queue.DefaultMode, cancellationToken).ConfigureAwait(false))
            {
                Log.DeliverySpilled(logger, delivery.Id);
            }
        }

        return notification;
    }

    private async Task<Notification> CreateNotificationAsync(
        NotificationRequest request, CancellationToken cancellationToken)
    {
        var labels = request.Labels;
        if (labels is null && request.IncidentId is not null)
        {
            var incident = await store.FindIncidentAsync(request.IncidentId, cancellationToken).ConfigureAwait(false);
            labels = incident?.Labels;
        }

        return new Notification
        {
            Id = ids.Create("ntf"),
            Type = request.Type,
            Title = request.Title,
            Priority = request.Priority,
            IncidentId = request.IncidentId,
            Labels = labels ?? EmptyLabels.Instance,
            Data = request.Data ?? EmptyLabels.Instance,
            CreatedAt = timeProvider.GetUtcNow(),
        };
    }

    private Delivery CreateDelivery(Notification notification, RouteTarget target) => new()
    {
        Id = ids.Create("dlv"),
        NotificationId = notification.Id,
        IncidentId = notification.IncidentId,
        Channel = target.Channel,
        Recipient = target.Recipient,
        Priority = notification.Priority,
        Status = DeliveryStatus.Pending,
        CreatedAt = notification.CreatedAt,
        NextAttemptAt = notification.CreatedAt,
    };

    private void LogRouting(Notification notification, int deliveryCount)
    {
        if (deliveryCount == 0)
        {
            Log.NotificationUnrouted(logger, notification.Id, notification.Type);
            return;
        }

        Log.NotificationPublished(logger, notification.Id, notification.Type, deliveryCount);
    }
}
