namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>A delivery with every attempt made for it.</summary>
/// <param name="Delivery">The delivery.</param>
/// <param name="Attempts">Its attempts, oldest first.</param>
internal sealed record DeliveryDetails(Delivery Delivery, IReadOnlyList<DeliveryAttempt> Attempts);
