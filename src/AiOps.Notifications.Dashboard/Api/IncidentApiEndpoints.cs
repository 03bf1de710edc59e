using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps <c>GET {prefix}/api/incidents</c> and <c>GET {prefix}/api/incidents/{id}</c>.</summary>
internal static class IncidentApiEndpoints
{
    private const int DefaultTake = 50;

    public static void MapIncidentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", ListAsync)
            .WithSummary("List incidents")
            .WithDescription("Filters: status, level (lowest), component, q (text), skip, take (1-200), "
                + "sort (only -detectedAt: newest first).")
            .Produces<IncidentList>()
            .ProducesValidationProblem();
        api.MapGet("/incidents/{id}", GetAsync)
            .WithSummary("Get one incident with its notifications, deliveries and attempts")
            .Produces<IncidentDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext context, DashboardQueries queries)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = IncidentQueryParser.Parse(context.Request.Query, DefaultTake, errors);
        CheckSort(context.Request.Query["sort"].ToString(), errors);
        if (errors.Count > 0)
        {
            return DashboardProblems.Invalid("The incident filters are not valid", errors);
        }

        var list = await queries.ListIncidentsAsync(query, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(list, DashboardJsonContext.Default.IncidentList);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, DashboardQueries queries)
    {
        var details = await queries.GetIncidentAsync(id, context.RequestAborted).ConfigureAwait(false);
        return details is null
            ? DashboardProblems.IncidentNotFound(id)
            : TypedResults.Json(details, DashboardJsonContext.Default.IncidentDetails);
    }

    private static void CheckSort(string sort, Dictionary<string, string[]> errors)
    {
        // The store orders newest first; the parameter is accepted so clients can state it explicitly.
        if (sort.Length > 0 && !string.Equals(sort, "-detectedAt", StringComparison.OrdinalIgnoreCase))
        {
            errors["sort"] = ["'sort' must be '-detectedAt' (newest first, the default)."];
        }
    }
}
