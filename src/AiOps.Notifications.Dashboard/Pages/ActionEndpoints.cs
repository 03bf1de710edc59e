using System.Globalization;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>
/// Maps the state-changing forms: acknowledge, resolve and feedback. Each checks the antiforgery token and answers
/// with a redirect back to the page (post, redirect, get), or with the page again (400) showing what to correct;
/// the mount refuses them in read-only mode.
/// </summary>
internal static class ActionEndpoints
{
    public const int MaxCommentLength = 2000;

    public static void MapDashboardActions(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapPost("/incidents/{id}/acknowledge", (string id, HttpContext context, IIncidentManager incidents) =>
            RunAsync(context, mount, id, "acknowledged",
                ct => incidents.AcknowledgeAsync(id, UserName(context), ct)))
            .DisableAntiforgery();
        group.MapPost("/incidents/{id}/resolve", (string id, HttpContext context, IIncidentManager incidents) =>
            RunAsync(context, mount, id, "resolved", ct => incidents.ResolveAsync(id, UserName(context), ct)))
            .DisableAntiforgery();
        group.MapPost("/incidents/{id}/feedback", (string id, HttpContext context, IIncidentManager incidents) =>
            FeedbackAsync(id, context, incidents, mount))
            .DisableAntiforgery();
    }

    /// <summary>Refuses a form without a valid antiforgery token; null when the token is valid.</summary>
    /// <remarks>Read-only mode and cross-site posts are refused before this, by the mount's filters.</remarks>
    public static async Task<IResult?> RefuseForgedAsync(HttpContext context)
    {
        var antiforgery = (IAntiforgery)context.RequestServices.GetService(typeof(IAntiforgery))!;
        return await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false)
            ? null
            : PageProblems.Antiforgery();
    }

    public static string? UserName(HttpContext context) => context.User.Identity?.Name;

    private static async Task<IResult> RunAsync<T>(
        HttpContext context, DashboardMount mount, string id, string done, Func<CancellationToken, Task<T?>> action)
    {
        if (await RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var result = await action(context.RequestAborted).ConfigureAwait(false);
        return result is null
            ? PageEndpoints.IncidentNotFound(context, mount, id)
            : Back(context, mount, id, done);
    }

    private static async Task<IResult> FeedbackAsync(
        string id, HttpContext context, IIncidentManager incidents, DashboardMount mount)
    {
        if (await RefuseForgedAsync(context).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!bool.TryParse(form["helpful"], out var helpful))
        {
            return await PageEndpoints.IncidentFormFailedAsync(
                id, context, mount, new FormFailure("feedback", "fb-yes", "Choose helpful or not helpful.", form))
                .ConfigureAwait(false);
        }

        var comment = form["comment"].ToString().Trim();
        comment = comment.Length == 0 ? null : comment[..Math.Min(comment.Length, MaxCommentLength)];
        try
        {
            var feedback = await incidents.GiveFeedbackAsync(
                id, helpful, comment, UserName(context), context.RequestAborted).ConfigureAwait(false);
            return feedback is null
                ? PageEndpoints.IncidentNotFound(context, mount, id)
                : Back(context, mount, id, "feedback");
        }
        catch (InvalidOperationException ex)
        {
            // No diagnosis to rate (a stale page or a hand-made post): the API answers the same 409.
            return PageProblems.Conflict(ex.Message);
        }
    }

    private static IResult Back(HttpContext context, DashboardMount mount, string id, string done) =>
        TypedResults.Redirect(string.Create(
            CultureInfo.InvariantCulture,
            $"{DashboardPath.Root(context.Request, mount)}/incidents/{Uri.EscapeDataString(id)}?done={done}"));
}
