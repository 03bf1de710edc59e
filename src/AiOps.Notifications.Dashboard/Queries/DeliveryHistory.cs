namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>One page of deliveries across incidents with their attempts, and the notifications they carry.</summary>
/// <param name="Items">The deliveries of this page, newest first.</param>
/// <param name="Total">How many deliveries match in all.</param>
/// <param name="Notifications">The notifications of this page's deliveries by id (type and incident title).</param>
internal sealed record DeliveryHistory(
    IReadOnlyList<DeliveryDetails> Items, int Total, IReadOnlyDictionary<string, Notification> Notifications);
