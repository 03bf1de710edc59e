using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps <c>POST {prefix}/api/deliveries/{id}/resend</c>: send a failed delivery again.</summary>
internal static class DeliveryApiEndpoints
{
    public static void MapDeliveryApi(this RouteGroupBuilder api)
    {
        api.MapPost("/deliveries/{id}/resend", ResendAsync)
            .WithSummary("Send a failed delivery again, keeping its id and attempt history")
            .Produces<Delivery>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Task<IResult> ResendAsync(string id, HttpContext context, INotificationPublisher publisher) =>
        ApiResults.RunAsync(async () =>
        {
            var delivery = await publisher.ResendAsync(id, context.RequestAborted).ConfigureAwait(false);
            return delivery is null
                ? DashboardProblems.NotFound("Delivery", id)
                : ApiResults.Json(delivery, DashboardJsonContext.Default.Delivery, StatusCodes.Status202Accepted);
        });
}
