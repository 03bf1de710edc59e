using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The notification reads behind the REST API: notifications with deliveries and attempts.</summary>
internal sealed class NotificationQueries(INotificationStore store)
{
    public async Task<NotificationList> ListNotificationsAsync(
        NotificationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = await store.QueryNotificationsAsync(query, cancellationToken).ConfigureAwait(false);
        var items = new List<NotificationDetails>(page.Items.Count);
        foreach (var notification in page.Items)
        {
            items.Add(await LoadAsync(notification, cancellationToken).ConfigureAwait(false));
        }

        return new NotificationList(items, page.Total, query.Skip, query.Take);
    }

    public async Task<NotificationDetails?> GetNotificationAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var notification = await store.FindNotificationAsync(id, cancellationToken).ConfigureAwait(false);
        return notification is null ? null : await LoadAsync(notification, cancellationToken).ConfigureAwait(false);
    }

    private async Task<NotificationDetails> LoadAsync(Notification notification, CancellationToken cancellationToken)
    {
        var deliveries = await store.GetDeliveriesForNotificationAsync(notification.Id, cancellationToken)
            .ConfigureAwait(false);
        var attempts = await store.GetAttemptsForNotificationAsync(notification.Id, cancellationToken)
            .ConfigureAwait(false);
        var byDelivery = attempts.ToLookup(attempt => attempt.DeliveryId, StringComparer.Ordinal);
        var details = deliveries
            .OrderBy(delivery => delivery.CreatedAt)
            .Select(delivery => new DeliveryDetails(delivery, [.. byDelivery[delivery.Id]]))
            .ToList();
        return new NotificationDetails(notification, details);
    }
}
