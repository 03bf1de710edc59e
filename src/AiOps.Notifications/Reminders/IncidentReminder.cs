using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Reminders;

/// <summary>
/// Sends an open, unacknowledged incident's <c>incident.detected</c> again once its route's repeat interval
/// has passed since the last one. The one implementation behind reminders on a repeated report and on the
/// reminder runner's ticks.
/// </summary>
/// <remarks>
/// "Last sent" is read from the stored notifications, so reminders survive a restart without being sent
/// twice. An acknowledged incident gets no reminders: somebody owns it; escalation follows the same rule.
/// </remarks>
internal sealed class IncidentReminder(
    INotificationStore store,
    INotificationPublisher publisher,
    NotificationRouter router,
    IncidentLocks locks,
    TimeProvider timeProvider,
    ILogger<IncidentReminder> logger)
{
    private static readonly IReadOnlyDictionary<string, string> RepeatData =
        new Dictionary<string, string> { ["repeat"] = "true" };

    /// <summary>Tells whether a notification is a reminder of an open incident.</summary>
    public static bool IsReminder(Notification notification) =>
        notification.Type == NotificationTypes.IncidentDetected
        && notification.Data.TryGetValue("repeat", out var repeat) && repeat == "true";

    /// <summary>Takes the incident's lock, reads it again and reminds when a reminder is due.</summary>
    public async Task CheckAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);

        using var _ = await locks.AcquireAsync(incident.Fingerprint, cancellationToken).ConfigureAwait(false);

        // Read again under the lock: an acknowledge or resolve that landed first must win.
        var current = await store.FindIncidentAsync(incident.Id, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            await RemindIfDueAsync(current, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the reminder when it is due. Call under the incident's lock with the incident read under it.
    /// </summary>
    /// <param name="incident">The incident as stored; its reminder routes by its priority.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a reminder was published.</returns>
    public async Task<bool> RemindIfDueAsync(Incident incident, CancellationToken cancellationToken)
    {
        if (!AwaitsOwner(incident))
        {
            return false;
        }

        var interval = RepeatIntervalOf(incident);
        if (interval is null)
        {
            return false;
        }

        var sent = await store.GetNotificationsForIncidentAsync(incident.Id, cancellationToken).ConfigureAwait(false);
        var last = LastDetected(sent)?.CreatedAt ?? DateTimeOffset.MinValue;
        if (timeProvider.GetUtcNow() - last < interval.Value)
        {
            return false;
        }

        await PublishAsync(incident, cancellationToken).ConfigureAwait(false);
        Log.ReminderSent(logger, incident.Id, interval.Value);
        return true;
    }

    /// <summary>Gets whether an incident is open and nobody has acknowledged it.</summary>
    public static bool AwaitsOwner(Incident incident) =>
        incident.Status is IncidentStatus.New or IncidentStatus.Diagnosed;

    private TimeSpan? RepeatIntervalOf(Incident incident)
    {
        var subject = new RoutingSubject(
            NotificationTypes.IncidentDetected, incident.Priority, incident.Component, incident.Category,
            incident.Labels);
        var matches = router.Explain(subject);
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].RepeatInterval is { } interval)
            {
                return interval;
            }
        }

        return null;
    }

    private static Notification? LastDetected(IReadOnlyList<Notification> sent)
    {
        Notification? last = null;
        foreach (var notification in sent)
        {
            if (notification.Type == NotificationTypes.IncidentDetected
                && (last is null || notification.CreatedAt >= last.CreatedAt))
            {
                last = notification;
            }
        }

        return last;
    }

    private Task<Notification> PublishAsync(Incident incident, CancellationToken cancellationToken) =>
        publisher.PublishAsync(
            new NotificationRequest
            {
                Type = NotificationTypes.IncidentDetected,
                Title = incident.Title,
                Priority = incident.Priority,
                IncidentId = incident.Id,
                Labels = incident.Labels,

                // Reminders follow stored state (a report already folded, or the background check).
                WhenQueueFull = QueueFullMode.SpillToOutbox,
                Data = RepeatData,
            },
            cancellationToken);
}
