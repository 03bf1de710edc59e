using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>
/// Reads the notification history: one page of deliveries, and the attempts and notifications of that page only.
/// </summary>
internal sealed class DeliveryHistoryQueries(INotificationStore store)
{
    public async Task<DeliveryHistory> ListAsync(DeliveryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = await store.QueryDeliveriesAsync(query, cancellationToken).ConfigureAwait(false);
        var attempts = await store.GetAttemptsForDeliveriesAsync([.. page.Items.Select(d => d.Id)], cancellationToken)
            .ConfigureAwait(false);
        var notifications = await store.GetNotificationsAsync(
            [.. page.Items.Select(d => d.NotificationId)], cancellationToken).ConfigureAwait(false);

        var byDelivery = attempts.ToLookup(a => a.DeliveryId, StringComparer.Ordinal);
        return new DeliveryHistory(
            [.. page.Items.Select(d => new DeliveryDetails(d, [.. byDelivery[d.Id]]))],
            page.Total,
            notifications.ToDictionary(n => n.Id, StringComparer.Ordinal));
    }
}
