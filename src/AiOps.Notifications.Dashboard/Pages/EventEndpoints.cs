using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>
/// Maps <c>GET {prefix}/events</c>: Server-Sent Events telling open pages that the stored data changed.
/// </summary>
/// <remarks>
/// Every stream listens to the one <see cref="DashboardChangeFeed"/>: a <c>ready</c> event, then a <c>change</c>
/// event (data: the newest incident id) when the counts or the newest incident differ; the page's script then
/// fetches the page again and swaps the parts marked <c>data-live</c>.
/// </remarks>
internal static class EventEndpoints
{
    public static void MapDashboardEvents(this RouteGroupBuilder group)
    {
        group.MapGet("/events", (HttpContext context, DashboardChangeFeed feed) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(feed.WatchAsync(context.RequestAborted));
        });
    }
}
