using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite;

/// <content>Chosen notifications: one statement whatever their number, the ids bound as one JSON array.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationsAsync(
        IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notificationIds);

        if (notificationIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        }

        var ids = StoreJson.WriteList([.. notificationIds.Distinct(StringComparer.Ordinal)]);
        return ReadAsync<IReadOnlyList<Notification>>(
            pooled => pooled.Command(NotificationSql.ByIds).Bind("$ids", ids).ReadAll(NotificationSql.Read),
            cancellationToken);
    }
}
