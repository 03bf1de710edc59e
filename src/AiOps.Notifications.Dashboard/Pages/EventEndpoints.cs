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
/// fetches the page again and swaps the parts marked <c>data-live</c>. HEAD answers the headers without a stream.
/// </remarks>
internal static class EventEndpoints
{
    public static void MapDashboardEvents(this RouteGroupBuilder group)
    {
        group.MapGet("/events", (HttpContext context, DashboardChangeFeed feed) =>
        {
            context.Response.Headers.CacheControl = "no-store";

            // HEAD gets the stream's headers only: a stream would hold the connection until the client left.
            return HttpMethods.IsHead(context.Request.Method)
                ? Results.Content(null, "text/event-stream")
                : TypedResults.ServerSentEvents(feed.WatchAsync(context.RequestAborted));
        });
    }
}
