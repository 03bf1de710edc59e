using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps everything under <c>{prefix}/api</c> and the OpenAPI document.</summary>
internal static class ApiEndpoints
{
    public static void MapDashboardApi(this RouteGroupBuilder mountGroup, DashboardMount mount)
    {
        var limit = mount.Options.MaxApiBodyBytes;
        var api = mountGroup.MapGroup("/api").WithGroupName(DashboardOpenApi.DocumentName)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        // Inbound webhooks are not rate limited: Alertmanager would drop a 429; overload answers 503 instead.
        // They are reports from machines, not operator actions, so a read-only mount still receives them.
        var ingest = api.MapGroup("").WithTags("Inbound webhooks").WithMetadata(OpenWhenReadOnly.Instance);
        ingest.MapAlertmanagerIngest(mount);
        ingest.MapGenericIngest(mount);

        var limited = api.MapGroup("").AddEndpointFilter<ApiRateLimitFilter>()
            .WithMetadata(new RequestSizeLimit(limit))
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        var incidents = limited.MapGroup("").WithTags("Incidents");
        incidents.MapIncidentApi();
        incidents.MapIncidentCommands(mount);
        var notifications = limited.MapGroup("").WithTags("Notifications");
        notifications.MapNotificationApi();
        notifications.MapNotificationCommands(limit);
        notifications.MapDeliveryApi();
        limited.MapGroup("").WithTags("Metrics").MapMetricsApi();
        limited.MapGroup("").WithTags("Silences").MapSilenceApi(mount);
        limited.MapGroup("").WithTags("Routing").MapRoutingApi(limit);
        ApiRouteTable.MapFallback(mountGroup, api, mount);

        mountGroup.MapDashboardOpenApi();
    }
}
