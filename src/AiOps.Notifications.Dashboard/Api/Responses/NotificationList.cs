using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Api.Responses;

/// <summary>One page of notifications with their deliveries and attempts.</summary>
/// <param name="Items">The notifications of this page, newest first.</param>
/// <param name="Total">How many notifications match in all.</param>
/// <param name="Skip">How many were skipped.</param>
/// <param name="Take">The page size asked for.</param>
internal sealed record NotificationList(IReadOnlyList<NotificationDetails> Items, int Total, int Skip, int Take);
