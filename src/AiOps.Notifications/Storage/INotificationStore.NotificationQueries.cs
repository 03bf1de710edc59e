namespace AiOps.Notifications.Storage;

/// <content>Listing notifications and their attempts, for the REST API.</content>
public partial interface INotificationStore
{
    /// <summary>Lists notifications, newest first.</summary>
    /// <param name="query">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the total.</returns>
    Task<PagedResult<Notification>> QueryNotificationsAsync(
        NotificationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Lists the attempts of one notification's deliveries, oldest first.</summary>
    /// <param name="notificationId">The notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attempts.</returns>
    Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default);
}
