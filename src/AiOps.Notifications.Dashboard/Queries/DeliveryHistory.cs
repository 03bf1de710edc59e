namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>One page of deliveries across incidents, each with its attempts.</summary>
/// <param name="Items">The deliveries of this page, newest first.</param>
/// <param name="Total">How many deliveries match in all.</param>
internal sealed record DeliveryHistory(IReadOnlyList<DeliveryDetails> Items, int Total);
