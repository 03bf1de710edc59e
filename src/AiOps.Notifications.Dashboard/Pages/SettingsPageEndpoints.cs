using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the settings page and its forms: test send, create and expire silences.</summary>
internal static class SettingsPageEndpoints
{
    public static void MapSettingsPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/settings", async (HttpContext context, SettingsQueries queries) =>
        {
            var page = PageEndpoints.Prepare(context, mount, "settings");

            page.Model = await queries.ReadAsync(context.Request.Query, context.RequestAborted).ConfigureAwait(false);
            return new RazorComponentResult<SettingsPage>();
        });
        group.MapPost("/settings/test-send", (HttpContext context, INotificationPublisher publisher, IChannelCatalog catalog) =>
            TestSendAsync(context, publisher, catalog, mount))
            .DisableAntiforgery();
        group.MapPost("/settings/silences", (HttpContext context, ISilenceManager silences, TimeProvider time) =>
            SilenceForms.CreateAsync(context, silences, time, mount))
            .DisableAntiforgery();
        group.MapPost("/settings/silences/{id}/expire", (string id, HttpContext context, ISilenceManager silences) =>
            SilenceForms.ExpireAsync(id, context, silences, mount))
            .DisableAntiforgery();
    }

    public static IResult BackToSettings(HttpContext context, DashboardMount mount, string done, string anchor) =>
        TypedResults.Redirect(DashboardPath.Root(context.Request, mount) + "/settings?done=" + done + "#" + anchor);

    private static async Task<IResult> TestSendAsync(
        HttpContext context, INotificationPublisher publisher, IChannelCatalog catalog, DashboardMount mount)
    {
        if (await ActionEndpoints.RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var channel = catalog.Channels.FirstOrDefault(c => c.Name.Equals(form["channel"], StringComparison.OrdinalIgnoreCase));
        if (channel is null)
        {
            return PageProblems.Form("channel", "Choose one of the configured channels.");
        }

        var notification = await publisher.PublishAsync(
            new NotificationRequest
            {
                Type = NotificationTypes.Test,
                Title = "Test notification from the AiOps dashboard",
                Channels = [channel.Name],
            },
            context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Redirect(DashboardPath.Root(context.Request, mount) + "/settings?done=sent&test="
            + Uri.EscapeDataString(notification.Id) + "#test-send");
    }
}
