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
    StoredDeliveryQueuer queuer,
    IdGenerator ids,
    TimeProvider timeProvider,
    NotificationsTelemetry telemetry,
    ILogger<NotificationPublisher> logger) : INotificationPublisher
{
    public async Task<Notification> PublishAsync(
        NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (notification, deliveries) = await StoreAsync(request, cancellationToken).ConfigureAwait(false);

        // From here on the notification exists, so a full queue or a cancelled wait leaves work in the outbox.
        var mode = request.WhenQueueFull ?? queue.DefaultMode;
        await queuer.QueueAsync(deliveries, mode, cancellationToken).ConfigureAwait(false);
        return notification;
    }

    /// <summary>
    /// Routes a notification and writes it with its deliveries to the outbox, without queuing them; the caller
    /// queues them with <see cref="StoredDeliveryQueuer"/>.
    /// </summary>
    /// <remarks>
    /// Refuses before storing when the queue, or every lane the notification needs, is full and the request's
    /// mode fails fast. Grouped deliveries wait
    /// in the outbox until their group is due; the outbox poller queues them then.
    /// </remarks>
    internal async Task<(Notification Notification, IReadOnlyList<Delivery> Deliveries)> StoreAsync(
        NotificationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Type, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title, nameof(request));
        queue.ThrowIfFull(request.WhenQueueFull ?? queue.DefaultMode);

        var incident = request.IncidentId is null
            ? null
            : await store.FindIncidentAsync(request.IncidentId, cancellationToken).ConfigureAwait(false);
        var unheard = await UnheardResolutionAsync(request, incident, cancellationToken).ConfigureAwait(false);
        var (notification, deliveries) = Prepare(request, incident, unheard);

        // The outbox write comes first: once it returns, a crash cannot lose the notification.
        try
        {
            await store.AddNotificationAsync(notification, deliveries, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Abandon(deliveries);
            throw;
        }

        Published(notification, deliveries);
        return (notification, deliveries);
    }

    /// <summary>
    /// Routes a notification about an incident (or about none) and makes its deliveries, without storing
    /// them; once the caller has stored them, it calls <see cref="Published"/>.
    /// </summary>
    /// <remarks>
    /// Refuses when the request's mode fails fast and none of the deliveries' lanes has room. The incident
    /// may not be stored yet: a new incident is stored in the same write as its notification.
    /// </remarks>
    internal (Notification Notification, Delivery[] Deliveries) Prepare(
        NotificationRequest request, Incident? incident, string? mutedBy = null)
    {
        var notification = CreateNotification(request, incident);
        var deliveries = CreateDeliveries(request, notification, incident, mutedBy);

        // Refused only when none of its lanes has room: a full channel does not hold back the others.
        try
        {
            queue.ThrowIfFull(request.WhenQueueFull ?? queue.DefaultMode, deliveries, notification.CreatedAt);
        }
        catch (QueueFullException)
        {
            Abandon(deliveries);
            throw;
        }

        return (notification, deliveries);
    }

    /// <summary>Forgets deliveries made by <see cref="Prepare"/> that were refused or could not be stored.</summary>
    internal void Abandon(IEnumerable<Delivery> deliveries) => groups.Leave(deliveries);

    /// <summary>Counts and logs a notification made by <see cref="Prepare"/>, once it is stored.</summary>
    internal void Published(Notification notification, IReadOnlyList<Delivery> deliveries)
    {
        telemetry.Published(notification.Type, notification.Priority);
        telemetry.Silenced(deliveries.Count(d => d.Status == DeliveryStatus.Silenced));
        LogRouting(notification, deliveries.Count);
    }

    public async Task<Delivery?> ResendAsync(string deliveryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryId);

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
        await queuer.QueueAsync([requeued], queue.DefaultMode, cancellationToken).ConfigureAwait(false);

        return requeued;
    }

    /// <summary>
    /// Says why a resolved notification is not sent: every earlier delivery of its incident was muted (silenced or
    /// inhibited), so nobody heard of the incident; Alertmanager, too, sends resolved only after firing.
    /// </summary>
    private async Task<string?> UnheardResolutionAsync(
        NotificationRequest request, Incident? incident, CancellationToken cancellationToken)
    {
        if (incident is null || request.Type != NotificationTypes.IncidentResolved)
        {
            return null;
        }

        var earlier = await store.GetDeliveriesForIncidentAsync(incident.Id, cancellationToken).ConfigureAwait(false);
        return earlier.Count > 0 && earlier.All(delivery => delivery.Status == DeliveryStatus.Silenced)
            ? "Not sent: every earlier notification of this incident was silenced or inhibited."
            : null;
    }

    /// <summary>Routes a notification and makes a delivery per target, muted or grouped as it applies.</summary>
    private Delivery[] CreateDeliveries(
        NotificationRequest request, Notification notification, Incident? incident, string? mutedBy)
    {
        var subject = new RoutingSubject(
            notification.Type, notification.Priority, incident?.Component, incident?.Category, notification.Labels);
        mutedBy ??= MutedBy(subject, notification.IncidentId);
        var routes = router.RouteWithMatches(request, subject);
        var deliveries = new Delivery[routes.Count];
        for (var i = 0; i < deliveries.Length; i++)
        {
            var (target, match) = routes[i];
            deliveries[i] = Group(notification, CreateDelivery(notification, target, mutedBy), incident, match);
        }

        return deliveries;
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
            // A route with SendResolved = false drops resolved notifications on purpose: no cause for a warning.
            if (notification.Type == NotificationTypes.IncidentResolved)
            {
                Log.ResolvedNotSent(logger, notification.Id, notification.Type);
            }
            else
            {
                Log.NotificationUnrouted(logger, notification.Id, notification.Type);
            }

            return;
        }

        Log.NotificationPublished(logger, notification.Id, notification.Type, deliveryCount);
    }
}
