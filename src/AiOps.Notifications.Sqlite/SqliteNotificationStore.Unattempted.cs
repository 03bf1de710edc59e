using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite;

/// <content>Deliveries that wait for their first attempt, read from the pending deliveries' index.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetUnattemptedDeliveriesAsync(
        string notificationType, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notificationType);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        return ReadAsync<IReadOnlyList<Delivery>>(
            pooled => pooled.Command(DeliverySql.Unattempted)
                .Bind("$type", notificationType)
                .Bind("$limit", limit)
                .ReadAll(DeliverySql.Read),
            cancellationToken);
    }
}
