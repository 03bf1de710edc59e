using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps the statistics under <c>{prefix}/api/metrics</c>; the pages read the same query service.</summary>
internal static class MetricsApiEndpoints
{
    private const string Filters = "Query: from, to (ISO 8601; default the last 24 hours, at most 366 days), "
        + "level (lowest), component, agent.";

    public static void MapMetricsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics/overview", OverviewAsync)
            .WithSummary("Headline figures with their change, incidents over time and by category")
            .WithDescription(Filters).Produces<OverviewReport>().ProducesValidationProblem();
        api.MapGet("/metrics/live", LiveAsync)
            .WithSummary("Open incidents, queue length, mean response time, active agents, resolution rate")
            .WithDescription(Filters).Produces<LiveFigures>().ProducesValidationProblem();
        api.MapGet("/metrics/heatmap", HeatMapAsync)
            .WithSummary("Incidents by weekday and hour (UTC)")
            .WithDescription(Filters).Produces<ItemList<HeatMapCell>>().ProducesValidationProblem();
        api.MapGet("/metrics/agents", AgentsAsync)
            .WithSummary("Diagnosis agent performance: diagnoses, response time, helpful feedback")
            .WithDescription(Filters).Produces<ItemList<AgentStatistics>>().ProducesValidationProblem();
        api.MapGet("/metrics/channels", ChannelsAsync)
            .WithSummary("Delivery attempt outcomes per channel")
            .WithDescription("Query: from, to (ISO 8601; default the last 24 hours, at most 366 days); "
                + "level, component and agent are refused.")
            .Produces<ItemList<ChannelOutcomeCount>>().ProducesValidationProblem();
    }

    private static Task<IResult> OverviewAsync(HttpContext context, DashboardMetrics metrics) =>
        RunAsync(context, metrics, async (query, ct) => TypedResults.Json(
            await metrics.OverviewAsync(query, ct).ConfigureAwait(false), DashboardJsonContext.Default.OverviewReport));

    private static Task<IResult> LiveAsync(HttpContext context, DashboardMetrics metrics) =>
        RunAsync(context, metrics, async (query, ct) => TypedResults.Json(
            await metrics.LiveAsync(query, ct).ConfigureAwait(false), DashboardJsonContext.Default.LiveFigures));

    private static Task<IResult> HeatMapAsync(HttpContext context, DashboardMetrics metrics) =>
        RunAsync(context, metrics, async (query, ct) => TypedResults.Json(
            new ItemList<HeatMapCell>(await metrics.HeatMapAsync(query, ct).ConfigureAwait(false)),
            DashboardJsonContext.Default.ItemListHeatMapCell));

    private static Task<IResult> AgentsAsync(HttpContext context, DashboardMetrics metrics) =>
        RunAsync(context, metrics, async (query, ct) => TypedResults.Json(
            new ItemList<AgentStatistics>(await metrics.AgentsAsync(query, ct).ConfigureAwait(false)),
            DashboardJsonContext.Default.ItemListAgentStatistics));

    // Attempts have no level, component or agent: the period is all this figure can be filtered by.
    private static Task<IResult> ChannelsAsync(HttpContext context, DashboardMetrics metrics) =>
        RunAsync(context, metrics, async (query, ct) => TypedResults.Json(
            new ItemList<ChannelOutcomeCount>(await metrics.ChannelOutcomesAsync(query, ct).ConfigureAwait(false)),
            DashboardJsonContext.Default.ItemListChannelOutcomeCount), periodOnly: true);

    private static async Task<IResult> RunAsync(HttpContext context, DashboardMetrics metrics,
        Func<StatisticsQuery, CancellationToken, Task<IResult>> read, bool periodOnly = false)
    {
        var validation = new ApiValidation();
        var query = periodOnly
            ? MetricsQueryParser.ParsePeriod(context.Request.Query, metrics.Now, validation)
            : MetricsQueryParser.Parse(context.Request.Query, metrics.Now, validation);
        return validation.IsValid
            ? await read(query, context.RequestAborted).ConfigureAwait(false)
            : DashboardProblems.Invalid("The statistics filters are not valid", validation.Errors);
    }
}
