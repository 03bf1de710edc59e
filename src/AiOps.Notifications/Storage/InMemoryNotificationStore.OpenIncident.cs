using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage;

/// <content>A new incident with its detected notification and escalation timer, stored under one lock.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">
    /// The notification or a delivery is stored already, or a delivery id repeats; nothing is stored then.
    /// </exception>
    public Task OpenIncidentAsync(
        Incident incident,
        Notification notification,
        IReadOnlyList<Delivery> deliveries,
        EscalationState? escalation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(deliveries);

        // The lock is re-entrant: the checks and every change are seen together or not at all.
        lock (_gate)
        {
            EnsureNew(notification, deliveries);
            SaveIncidentAsync(incident, cancellationToken);
            AddNotificationAsync(notification, deliveries, cancellationToken);
            if (escalation is not null)
            {
                SaveEscalationAsync(escalation, cancellationToken);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Refuses ids already taken, as a database's keys would, before anything changes.</summary>
    private void EnsureNew(Notification notification, IReadOnlyList<Delivery> deliveries)
    {
        if (_notifications.ContainsKey(notification.Id))
        {
            throw new InvalidOperationException(
                $"Notification '{notification.Id}' is stored already. Open an incident with a new notification.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            ArgumentNullException.ThrowIfNull(delivery, nameof(deliveries));
            if (_deliveries.ContainsKey(delivery.Id) || !seen.Add(delivery.Id))
            {
                throw new InvalidOperationException(
                    $"Delivery '{delivery.Id}' is stored already or given twice. Give each delivery a new id.");
            }
        }
    }
}
