using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Grouping;

/// <summary>
/// Puts the detected incidents that wait in the outbox for their group message back into their
/// groups when the host starts, so a restart during a group's wait still sends one message.
/// </summary>
/// <remarks>
/// The groups themselves are not stored: each waiting delivery is routed again as the publisher
/// routed it, and rejoins its route's group with the due time it was stored with. Only deliveries
/// never attempted rejoin; a group message that waits for a retry goes on alone.
/// </remarks>
internal sealed class GroupRestorer(
    INotificationStore store,
    NotificationRouter router,
    GroupBuffer groups,
    ILogger<GroupRestorer> logger)
{
    /// <summary>The most waiting deliveries read at start-up; later ones go out on their own.</summary>
    internal const int MaxRestored = 10_000;

    /// <summary>Reads the waiting deliveries and rejoins the grouped ones, before the first outbox poll.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        if (!router.Groups)
        {
            return;
        }

        var waiting = await store
            .GetUnattemptedDeliveriesAsync(NotificationTypes.IncidentDetected, MaxRestored, cancellationToken)
            .ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return;
        }

        var ids = waiting.Select(delivery => delivery.NotificationId).ToList();
        var notifications = (await store.GetNotificationsAsync(ids, cancellationToken).ConfigureAwait(false))
            .ToDictionary(notification => notification.Id, StringComparer.Ordinal);
        var rejoined = 0;
        foreach (var delivery in waiting)
        {
            if (notifications.GetValueOrDefault(delivery.NotificationId) is { IncidentId: { } incidentId } notification
                && await store.FindIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false) is { } incident
                && Rejoin(delivery, notification, incident))
            {
                rejoined++;
            }
        }

        LogRestored(rejoined, waiting.Count);
    }

    /// <summary>Routes the delivery's notification again and rejoins the group of the route that chose it.</summary>
    private bool Rejoin(Delivery delivery, Notification notification, Incident incident)
    {
        var request = new NotificationRequest { Type = notification.Type, Title = notification.Title };
        var subject = new RoutingSubject(
            notification.Type, notification.Priority, incident.Component, incident.Category, notification.Labels);
        foreach (var (target, match) in router.RouteWithMatches(request, subject))
        {
            if (match?.Grouping is { } grouping
                && string.Equals(target.Channel, delivery.Channel, StringComparison.OrdinalIgnoreCase)
                && string.Equals(target.Recipient, delivery.Recipient, StringComparison.Ordinal))
            {
                groups.Rejoin(delivery, incident, match, grouping);
                return true;
            }
        }

        return false;
    }

    private void LogRestored(int rejoined, int read)
    {
        if (rejoined > 0)
        {
            Log.GroupsRestored(logger, rejoined);
        }

        if (read == MaxRestored)
        {
            Log.GroupRestoreLimited(logger, MaxRestored);
        }
    }
}
