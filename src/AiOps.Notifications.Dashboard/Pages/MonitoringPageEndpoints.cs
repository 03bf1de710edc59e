using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the monitoring page: live figures, heat map, agent performance and the event stream.</summary>
internal static class MonitoringPageEndpoints
{
    public static void MapMonitoringPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/monitoring", async (HttpContext context, MonitoringQueries queries) =>
        {
            var page = PageEndpoints.Prepare(context, mount, "monitoring");
            var filter = MonitoringFilter.Parse(context.Request.Query);

            var report = await queries.ReadAsync(filter, context.RequestAborted).ConfigureAwait(false);
            page.Model = new MonitoringModel(filter, report);
            return new RazorComponentResult<MonitoringPage>();
        });
    }
}
