using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Sqlite;

/// <content>A new incident with its detected notification and escalation timer, stored in one transaction.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">
    /// A part could not be written (the notification or a delivery is stored already, for instance); the write
    /// is undone whole and nothing is stored.
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
        EnsureDeliveriesBelongTo(notification, deliveries);

        // One write: the group commit undoes it whole when any statement fails, and never splits it.
        return WriteAsync(
            (pooled, transaction) =>
            {
                UpsertIncident(pooled, transaction, incident);
                InsertNotification(pooled, transaction, notification, deliveries);
                if (escalation is not null)
                {
                    UpsertEscalation(pooled, transaction, escalation);
                }
            },
            cancellationToken);
    }
}
