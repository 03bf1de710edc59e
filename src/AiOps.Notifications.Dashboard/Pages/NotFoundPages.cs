using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>The 404 pages of the forms on a delivery or a silence that does not exist.</summary>
/// <remarks>The incident forms answer with the incident page itself: see <see cref="PageEndpoints.IncidentNotFound"/>.
/// </remarks>
internal static class NotFoundPages
{
    public static IResult Delivery(HttpContext context, DashboardMount mount, string id) =>
        Render(context, mount, "notifications", id, "Delivery", "/notifications", "notifications");

    public static IResult Silence(HttpContext context, DashboardMount mount, string id) =>
        Render(context, mount, "settings", id, "Silence", "/settings#silences", "settings");

    private static RazorComponentResult<NotFoundPage> Render(
        HttpContext context, DashboardMount mount, string section, string id, string noun, string backPath,
        string backLabel)
    {
        PageEndpoints.Prepare(context, mount, section);
        var parameters = new Dictionary<string, object?>
        {
            [nameof(NotFoundPage.Noun)] = noun,
            [nameof(NotFoundPage.Id)] = id,
            [nameof(NotFoundPage.BackPath)] = backPath,
            [nameof(NotFoundPage.BackLabel)] = backLabel,
        };
        return new RazorComponentResult<NotFoundPage>(parameters) { StatusCode = StatusCodes.Status404NotFound };
    }
}
