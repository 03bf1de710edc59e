using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite;

/// <content>Notifications.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task AddNotificationAsync(
        Notification notification, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(deliveries);
        EnsureDeliveriesBelongTo(notification, deliveries);

        return WriteAsync(
            (pooled, transaction) => InsertNotification(pooled, transaction, notification, deliveries),
            cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<Notification?> FindNotificationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);

        return new(ReadAsync(
            pooled => pooled.Command(NotificationSql.FindById).Bind("$id", id).ReadFirst(NotificationSql.Read),
            cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return ReadAsync<IReadOnlyList<Notification>>(
            pooled => pooled.Command(NotificationSql.ForIncident)
                .Bind("$incident_id", incidentId)
                .ReadAll(NotificationSql.Read),
            cancellationToken);
    }

    private static void InsertNotification(
        PooledConnection pooled,
        SqliteTransaction transaction,
        Notification notification,
        IReadOnlyList<Delivery> deliveries)
    {
        var insert = pooled.Command(NotificationSql.Insert, transaction);
        NotificationSql.Bind(insert, notification);
        insert.ExecuteNonQuery();

        foreach (var delivery in deliveries)
        {
            var command = pooled.Command(DeliverySql.Insert, transaction);
            DeliverySql.Bind(command, delivery);
            command.ExecuteNonQuery();
        }
    }

    private static void EnsureDeliveriesBelongTo(Notification notification, IReadOnlyList<Delivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            ArgumentNullException.ThrowIfNull(delivery, nameof(deliveries));
            if (!string.Equals(delivery.NotificationId, notification.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Delivery '{delivery.Id}' belongs to notification '{delivery.NotificationId}', not to "
                        + $"'{notification.Id}'. Set its NotificationId to the notification being added.",
                    nameof(deliveries));
            }
        }
    }
}
