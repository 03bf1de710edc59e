using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite;

/// <content>The outcome of a delivery's last attempt, stored in one transaction.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task CompleteAttemptAsync(
        DeliveryAttempt attempt, Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(delivery);

        return WriteAsync(
            (pooled, transaction) =>
            {
                UpdateOrThrow(pooled, transaction, delivery);
                var insert = pooled.Command(AttemptSql.Insert, transaction);
                AttemptSql.Bind(insert, attempt);
                insert.ExecuteNonQuery();
            },
            cancellationToken);
    }
}
