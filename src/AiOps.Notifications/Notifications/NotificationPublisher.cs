using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

internal sealed class NotificationPublisher(
    INotificationStore store,
    NotificationRouter router,
    SilenceManager silences,
    InhibitionIndex inhibitions,
    GroupBuffer groups,
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
        var mode = request.WhenQueueFull ?? queue.DefaultMode;
        queue.ThrowIfFull(mode);

        var incident = request.IncidentId is null
            ? null
            : await store.FindIncidentAsync(request.IncidentId, cancellationToken).ConfigureAwait(false);
        var notification = CreateNotification(request, incident);
        var subject = new RoutingSubject(
            notification.Type, notification.Priority, incident?.Component, incident?.Category, notification.Labels);
        var mutedBy = MutedBy(subject, notification.IncidentId);
        var routes = router.RouteWithMatches(request, subject);
        var deliveries = new Delivery[routes.Count];
        for (var i = 0; i < deliveries.Length; i++)
        {
            var (target, match) = routes[i];
            deliveries[i] = Group(notification, CreateDelivery(notification, target, mutedBy), incident, match);
        }

        // Refused only when none of its lanes has room: a full channel does not hold back the others.
        queue.ThrowIfFull(mode, deliveries, notification.CreatedAt);

        // The outbox write comes first: once it returns, a crash cannot lose the notification.
        await store.AddNotificationAsync(notification, deliveries, cancellationToken).ConfigureAwait(false);
        telemetry.Published(notification.Type, notification.Priority);
        telemetry.Silenced(mutedBy is null ? 0 : deliveries.Length);
        LogRouting(notification, deliveries.Length);

        // Grouped deliveries wait in the outbox until their group is due; the outbox poller queues them then.
        var now = timeProvider.GetUtcNow();
        List<DeliveryWorkItem>? full = null;
        foreach (var delivery in deliveries)
        {
            if (!DeliveryQueue.IsDue(delivery, now))
            {
                continue;
            }

            var item = new DeliveryWorkItem(delivery.Id, delivery.Channel, delivery.Priority);
            if (!queue.TryEnqueue(item))
            {
                (full ??= []).Add(item);
            }
        }

        // Lanes with room got their deliveries first; only now may a full lane make the publisher wait.
        if (full is not null)
        {
            await EnqueueFullAsync(full, DeliveryQueue.AfterStoring(mode), cancellationToken).ConfigureAwait(false);
        }

        return notification;
    }

    public async Task<Delivery?> ResendAsync(string deliveryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);

        var delivery = await store.FindDeliveryAsync(deliveryId, cancellationToken).ConfigureAwait(false);
        if (delivery is null)
        {
            return null;
        }

        if (delivery.Status != DeliveryStatus.Failed)
        {
            throw new InvalidOperationException(
                $"Delivery '{deliveryId}' is {delivery.Status}; only a failed delivery can be sent again.");
        }

        queue.ThrowIfFull(queue.DefaultMode, delivery.Channel);

        // The attempt count is kept, so the history reads on; the pipeline still gets its immediate attempts.
        var requeued = delivery with
        {
            Status = DeliveryStatus.Pending,
            NextAttemptAt = timeProvider.GetUtcNow(),
            CompletedAt = null,
        };
        await store.UpdateDeliveryAsync(requeued, cancellationToken).ConfigureAwait(false);
        var item = new DeliveryWorkItem(requeued.Id, requeued.Channel, requeued.Priority);
        if (!await queue.EnqueueAsync(item, DeliveryQueue.AfterStoring(queue.DefaultMode), cancellationToken)
            .ConfigureAwait(false))
        {
            Log.DeliverySpilled(logger, requeued.Id);
        }

        return requeued;
    }

    private async Task EnqueueFullAsync(
        List<DeliveryWorkItem> items, QueueFullMode mode, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (!await queue.EnqueueAsync(item, mode, cancellationToken).ConfigureAwait(false))
            {
                Log.DeliverySpilled(logger, item.DeliveryId);
            }
        }
    }

    private Notification CreateNotification(NotificationRequest request, Incident? incident) =>
        new()
        {
            Id = ids.Create("ntf"),
            Type = request.Type,
            Title = request.Title,
            Priority = request.Priority,
            IncidentId = request.IncidentId,
            Labels = request.Labels ?? incident?.Labels ?? EmptyLabels.Instance,
            Data = request.Data ?? EmptyLabels.Instance,
            CreatedAt = timeProvider.GetUtcNow(),
        };

    /// <summary>
    /// Says why a notification is muted (a silence or an inhibiting incident), or null when it is not.
    /// </summary>
    private string? MutedBy(RoutingSubject subject, string? incidentId)
    {
        if (silences.FindMatch(subject) is { } silence)
        {
            return $"Silenced by {silence.Id} until {silence.EndsAt:u}.";
        }

        return inhibitions.FindInhibitor(subject, incidentId) is { } source
            ? $"Inhibited by open incident {source.Id} ({source.Title})."
            : null;
    }

    /// <summary>Puts a detected incident's delivery into its route's group, due when the group is.</summary>
    private Delivery Group(Notification notification, Delivery delivery, Incident? incident, RouteMatch? match) =>
        delivery.Status == DeliveryStatus.Pending && incident is not null && match?.Grouping is { } grouping
            && notification.Type == NotificationTypes.IncidentDetected
            ? delivery with { NextAttemptAt = groups.Join(delivery, incident, match, grouping) }
            : delivery;

    private Delivery CreateDelivery(Notification notification, RouteTarget target, string? mutedBy) => new()
    {
        Id = ids.Create("dlv"),
        NotificationId = notification.Id,
        IncidentId = notification.IncidentId,
        Channel = target.Channel,
        Recipient = target.Recipient,
        Priority = notification.Priority,
        Status = mutedBy is null ? DeliveryStatus.Pending : DeliveryStatus.Silenced,
        CreatedAt = notification.CreatedAt,
        NextAttemptAt = mutedBy is null ? notification.CreatedAt : null,
        CompletedAt = mutedBy is null ? null : notification.CreatedAt,
        LastError = mutedBy,
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
