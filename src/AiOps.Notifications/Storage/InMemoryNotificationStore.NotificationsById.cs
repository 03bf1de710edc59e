namespace AiOps.Notifications.Storage;

/// <content>Chosen notifications.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationsAsync(
        IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notificationIds);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Notification>>(
                [.. notificationIds.Distinct(StringComparer.Ordinal)
                    .Select(id => _notifications.GetValueOrDefault(id))
                    .OfType<Notification>()]);
        }
    }
}
