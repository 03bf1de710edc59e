using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>What the notifications page shows: its filters, the channels to pick from and one page of history.</summary>
/// <param name="Filter">The filters from the query string.</param>
/// <param name="Channels">The configured channels.</param>
/// <param name="History">The deliveries of the page with their attempts.</param>
internal sealed record NotificationsModel(
    DeliveryFilter Filter, IReadOnlyList<ChannelInfo> Channels, DeliveryHistory History);
