namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>A notification with its deliveries.</summary>
/// <param name="Notification">The notification.</param>
/// <param name="Deliveries">Its deliveries, oldest first.</param>
internal sealed record NotificationDetails(Notification Notification, IReadOnlyList<DeliveryDetails> Deliveries);
