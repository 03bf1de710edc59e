using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the server-rendered pages: <c>GET {prefix}</c> and <c>GET {prefix}/incidents/{id}</c>.</summary>
internal static class PageEndpoints
{
    public static void MapDashboardPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/", (HttpContext context, DashboardQueries queries, DashboardPageData page) =>
            OverviewAsync(context, queries, page, mount));
        group.MapGet("/incidents/{id}", (string id, HttpContext context, DashboardQueries queries,
            DashboardPageData page) => IncidentAsync(id, context, queries, page, mount));
    }

    private static async Task<IResult> OverviewAsync(
        HttpContext context, DashboardQueries queries, DashboardPageData page, DashboardMount mount)
    {
        var query = new IncidentQuery { Take = mount.Options.RecentIncidentCount };
        Prepare(page, context, mount);

        page.Incidents = await queries.ListIncidentsAsync(query, context.RequestAborted).ConfigureAwait(false);
        return new RazorComponentResult<IncidentsPage>();
    }

    private static async Task<IResult> IncidentAsync(
        string id, HttpContext context, DashboardQueries queries, DashboardPageData page, DashboardMount mount)
    {
        Prepare(page, context, mount);
        page.IncidentId = id;

        page.Incident = await queries.GetIncidentAsync(id, context.RequestAborted).ConfigureAwait(false);
        return new RazorComponentResult<IncidentPage>
        {
            StatusCode = page.Incident is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK,
        };
    }

    private static void Prepare(DashboardPageData page, HttpContext context, DashboardMount mount)
    {
        page.Root = DashboardPath.Root(context.Request, mount);
        page.AppTitle = mount.Options.Title;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; img-src 'self'; " +
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
