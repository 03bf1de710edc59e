using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the notifications page (history across incidents) and its resend form.</summary>
internal static class NotificationPageEndpoints
{
    public static void MapNotificationPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/notifications", (HttpContext context, DeliveryHistoryQueries history, IChannelCatalog channels) =>
            ListAsync(context, history, channels, mount));
        group.MapPost("/notifications/{id}/resend", (string id, HttpContext context, INotificationPublisher publisher) =>
            ResendAsync(id, context, publisher, mount))
            .DisableAntiforgery();
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, DeliveryHistoryQueries history, IChannelCatalog channels, DashboardMount mount)
    {
        var page = PageEndpoints.Prepare(context, mount, "notifications");
        var filter = DeliveryFilter.Parse(context.Request.Query);

        var items = await history.ListAsync(filter.ToQuery(page.Now), context.RequestAborted).ConfigureAwait(false);
        page.Model = new NotificationsModel(filter, channels.Channels, items);
        return new RazorComponentResult<NotificationsPage>();
    }

    private static async Task<IResult> ResendAsync(
        string id, HttpContext context, INotificationPublisher publisher, DashboardMount mount)
    {
        if (await ActionEndpoints.RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        try
        {
            var delivery = await publisher.ResendAsync(id, context.RequestAborted).ConfigureAwait(false);
            return delivery is null
                ? NotFoundPages.Delivery(context, mount, id)
                : TypedResults.Redirect(BackToList(context, mount));
        }
        catch (InvalidOperationException ex)
        {
            return PageProblems.Conflict(ex.Message);
        }
    }

    // The form posts the list's filters in its query string. They are parsed and written again, so only known
    // filters survive and the target stays the list under the mount: nothing from the request picks the path.
    private static string BackToList(HttpContext context, DashboardMount mount)
    {
        var filter = DeliveryFilter.Parse(context.Request.Query);
        var query = QueryHelpers.AddQueryString(filter.QueryString(filter.Page), "done", "resent");
        return DashboardPath.Root(context.Request, mount) + "/notifications" + query;
    }
}
