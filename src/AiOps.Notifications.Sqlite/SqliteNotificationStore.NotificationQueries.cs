using System.Globalization;
using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Sqlite;

/// <content>Listing notifications and their attempts.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<PagedResult<Notification>> QueryNotificationsAsync(
        NotificationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);

        var sql = new NotificationQuerySql(query);
        return ReadAsync(pooled => Query(pooled, sql, query), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notificationId);

        return ReadAsync<IReadOnlyList<DeliveryAttempt>>(
            pooled => pooled.Command(NotificationQuerySql.AttemptsForNotification)
                .Bind("$notification_id", notificationId)
                .ReadAll(AttemptSql.Read),
            cancellationToken);
    }

    private static PagedResult<Notification> Query(
        PooledConnection pooled, NotificationQuerySql sql, NotificationQuery query)
    {
        // One read transaction, so the total and the page come from the same snapshot.
        using var transaction = pooled.Connection.BeginTransaction(deferred: true);

        var count = pooled.Command(sql.CountSql, transaction);
        sql.BindFilters(count);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);

        var page = pooled.Command(sql.PageSql, transaction);
        sql.BindFilters(page);
        var items = page.Bind("$take", query.Take).Bind("$skip", query.Skip).ReadAll(NotificationSql.Read);

        transaction.Commit();
        return new PagedResult<Notification>(items, total);
    }
}
