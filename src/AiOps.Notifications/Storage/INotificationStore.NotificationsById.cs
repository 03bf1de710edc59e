namespace AiOps.Notifications.Storage;

/// <content>Chosen notifications, for the notification history across incidents.</content>
public partial interface INotificationStore
{
    /// <summary>Gets the given notifications in one read; an id that is not stored is left out.</summary>
    /// <param name="notificationIds">
    /// The notifications, usually those of one page of <see cref="QueryDeliveriesAsync"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notifications found, in no particular order.</returns>
    Task<IReadOnlyList<Notification>> GetNotificationsAsync(
        IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken = default);
}
