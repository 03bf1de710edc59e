using AiOps.Notifications.Dashboard.Components;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the server-rendered pages: overview, incidents and one incident.</summary>
internal static class PageEndpoints
{
    public static void MapDashboardPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet("/", (HttpContext context, DashboardQueries queries, DashboardMetrics metrics) =>
            OverviewAsync(context, queries, metrics, mount));
        group.MapGet("/incidents", (HttpContext context, DashboardQueries queries) =>
            IncidentsAsync(context, queries, mount));
        group.MapGet("/incidents/{id}", (string id, HttpContext context, DashboardQueries queries) =>
            IncidentAsync(id, context, queries, mount, null));
    }

    /// <summary>Fills what every page needs and sets the headers of an HTML page.</summary>
    public static DashboardPageData Prepare(HttpContext context, DashboardMount mount, string section)
    {
        var page = context.RequestServices.GetRequiredService<DashboardPageData>();
        page.Root = DashboardPath.Root(context.Request, mount);
        page.AppTitle = mount.Options.Title;
        page.Section = section;
        page.ReadOnly = mount.Options.ReadOnly;
        page.Now = context.RequestServices.GetRequiredService<DashboardMetrics>().Now;
        page.Notice = NoticeText(context.Request.Query["done"].ToString());
        if (!page.ReadOnly)
        {
            var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
            page.AntiforgeryField = tokens.FormFieldName;
            page.AntiforgeryToken = tokens.RequestToken;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; " +
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return page;
    }

    private static async Task<IResult> OverviewAsync(
        HttpContext context, DashboardQueries queries, DashboardMetrics metrics, DashboardMount mount)
    {
        var page = Prepare(context, mount, "overview");
        var ct = context.RequestAborted;

        var query = new StatisticsQuery { From = page.Now.AddHours(-24), To = page.Now.AddTicks(1) };
        page.Overview = await metrics.OverviewAsync(query, ct).ConfigureAwait(false);
        page.Incidents = await queries.ListSummariesAsync(new IncidentQuery { Take = mount.Options.RecentIncidentCount }, ct)
            .ConfigureAwait(false);
        return new RazorComponentResult<OverviewPage>();
    }

    private static async Task<IResult> IncidentsAsync(HttpContext context, DashboardQueries queries, DashboardMount mount)
    {
        var page = Prepare(context, mount, "incidents");
        page.Filter = IncidentFilter.Parse(context.Request.Query);

        page.Incidents = await queries.ListSummariesAsync(page.Filter.ToQuery(page.Now), context.RequestAborted)
            .ConfigureAwait(false);
        return new RazorComponentResult<IncidentsPage>();
    }

    /// <summary>Answers 400 with the incident page, the failure shown by its form and the form's values kept.</summary>
    public static Task<IResult> IncidentFormFailedAsync(
        string id, HttpContext context, DashboardMount mount, FormFailure failure) =>
        IncidentAsync(id, context, context.RequestServices.GetRequiredService<DashboardQueries>(), mount, failure);

    private static async Task<IResult> IncidentAsync(
        string id, HttpContext context, DashboardQueries queries, DashboardMount mount, FormFailure? failure)
    {
        var page = Prepare(context, mount, "incidents");
        page.IncidentId = id;
        page.FormFailure = failure;

        page.Incident = await queries.GetIncidentAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (page.Incident is null)
        {
            // Not IncidentNotFound: a second Prepare would store the antiforgery tokens again, and the antiforgery
            // service logs a warning each time it finds Cache-Control already set.
            return IncidentMissing();
        }

        page.Feedback = await queries.GetFeedbackAsync(id, context.RequestAborted).ConfigureAwait(false);
        return new RazorComponentResult<IncidentPage>
        {
            StatusCode = failure is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>Answers 404 with the incident page's "Incident not found", for the page and its forms alike.</summary>
    public static IResult IncidentNotFound(HttpContext context, DashboardMount mount, string id)
    {
        var page = Prepare(context, mount, "incidents");
        page.IncidentId = id;
        return IncidentMissing();
    }

    private static RazorComponentResult<IncidentPage> IncidentMissing() =>
        new() { StatusCode = StatusCodes.Status404NotFound };

    private static string? NoticeText(string done) => done switch
    {
        "acknowledged" => "The incident was acknowledged.",
        "resolved" => "The incident was resolved.",
        "feedback" => "Thank you: your feedback was recorded.",
        "sent" => "The test notification was queued.",
        "resent" => "The delivery was queued again.",
        "silenced" => "The silence was created.",
        "expired" => "The silence was expired.",
        _ => null,
    };
}
