using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the reports page: a period's figures with links to download them.</summary>
internal static class ReportsPageEndpoints
{
    public static void MapReportsPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/reports", async (HttpContext context, DashboardMetrics metrics, INotificationStore store) =>
        {
            var page = PageEndpoints.Prepare(context, mount, "reports");
            var period = ReportPeriod.Parse(context.Request.Query, page.Now);
            var query = new StatisticsQuery { From = period.From, To = period.To };
            var ct = context.RequestAborted;

            var report = metrics.OverviewAsync(query, ct);
            var agents = DashboardMetrics.Offload(() => metrics.AgentsAsync(query, ct));
            var channels = DashboardMetrics.Offload(() => store.GetChannelOutcomeCountsAsync(period.From, period.To, ct));
            await Task.WhenAll(report, agents, channels).ConfigureAwait(false);
            page.Model = new ReportsModel(
                period, await report.ConfigureAwait(false), await agents.ConfigureAwait(false),
                await channels.ConfigureAwait(false));
            return new RazorComponentResult<ReportsPage>();
        });
    }
}
