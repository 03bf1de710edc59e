namespace AiOps.Notifications.Storage;

/// <content>Listing notifications and their attempts.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<PagedResult<Notification>> QueryNotificationsAsync(
        NotificationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);

        lock (_gate)
        {
            var matches = _notifications.Values
                .Where(notification => Matches(notification, query))
                .OrderByDescending(notification => notification.CreatedAt)
                .ThenByDescending(notification => notification.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(
                new PagedResult<Notification>([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DeliveryAttempt>>(
                [.. _attempts
                    .Where(attempt => attempt.NotificationId == notificationId)
                    .OrderBy(attempt => attempt.StartedAt)
                    .ThenBy(attempt => attempt.Number)]);
        }
    }

    private static bool Matches(Notification notification, NotificationQuery query) =>
        (query.Type is null || string.Equals(notification.Type, query.Type, StringComparison.Ordinal))
        && (query.IncidentId is null || string.Equals(notification.IncidentId, query.IncidentId, StringComparison.Ordinal));
}
