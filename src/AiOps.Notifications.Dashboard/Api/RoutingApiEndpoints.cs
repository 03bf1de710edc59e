using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps <c>POST {prefix}/api/routing/explain</c>: which routes would a notification take?</summary>
internal static class RoutingApiEndpoints
{
    public static void MapRoutingApi(this RouteGroupBuilder api, long limit)
    {
        api.MapPost("/routing/explain", (HttpContext c, INotificationRouter r) => ExplainAsync(c, r, limit))
            .WithSummary("Explain which routes, channels and recipients a notification would take")
            .AcceptsJson<RoutingRequest>().WithJsonExample(ApiExamples.Routing)
            .Produces<RoutingExplanation>().ProducesValidationProblem()
            .WithMetadata(OpenWhenReadOnly.Instance);
    }

    private static async Task<IResult> ExplainAsync(HttpContext context, INotificationRouter router, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.RoutingRequest, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Required("type", body!.Type).Defined("priority", body.Priority)
            .Optional("component", body.Component).Optional("category", body.Category).Map("labels", body.Labels);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The routing subject is not valid", validation.Errors);
        }

        var subject = new RoutingSubject(body.Type!, body.Priority ?? NotificationPriority.Medium,
            body.Component, body.Category, body.Labels ?? []);
        var routes = router.Explain(subject);
        return TypedResults.Json(new RoutingExplanation(routes), DashboardJsonContext.Default.RoutingExplanation);
    }
}
