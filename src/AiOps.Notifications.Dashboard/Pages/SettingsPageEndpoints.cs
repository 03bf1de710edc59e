using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the settings page and its forms: test send, create and expire silences.</summary>
internal static class SettingsPageEndpoints
{
    public static void MapSettingsPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/settings", (HttpContext context, SettingsQueries queries) =>
            RenderAsync(context, queries, mount, null));
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

    /// <summary>Answers 400 with the settings page, the failure shown by its form and the form's values kept.</summary>
    public static Task<IResult> FormFailedAsync(HttpContext context, DashboardMount mount, FormFailure failure) =>
        RenderAsync(context, context.RequestServices.GetRequiredService<SettingsQueries>(), mount, failure);

    private static async Task<IResult> RenderAsync(
        HttpContext context, SettingsQueries queries, DashboardMount mount, FormFailure? failure)
    {
        var page = PageEndpoints.Prepare(context, mount, "settings");
        page.FormFailure = failure;

        page.Model = await queries.ReadAsync(context.Request.Query, context.RequestAborted).ConfigureAwait(false);
        return new RazorComponentResult<SettingsPage>
        {
            StatusCode = failure is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

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
            var failure = new FormFailure("test-send", "t-channel", "Choose one of the configured channels.", form);
            return await FormFailedAsync(context, mount, failure).ConfigureAwait(false);
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
