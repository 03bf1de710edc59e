using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>
/// Every state-changing route of a mount at <c>/aiops</c>, split into operator actions and inbound reports;
/// <see cref="Mapped"/> reads the routes a host really maps, so a test can check the split is complete.
/// </summary>
internal static class StateChangingRoutes
{
    /// <summary>Gets the operator actions: refused on a read-only mount.</summary>
    public static TheoryData<string> OperatorActions { get; } =
    [
        "/aiops/incidents/{id}/acknowledge",
        "/aiops/incidents/{id}/resolve",
        "/aiops/incidents/{id}/feedback",
        "/aiops/notifications/{id}/resend",
        "/aiops/settings/test-send",
        "/aiops/settings/silences",
        "/aiops/settings/silences/{id}/expire",
        "/aiops/api/incidents/{id}/acknowledge",
        "/aiops/api/incidents/{id}/resolve",
        "/aiops/api/incidents/{id}/diagnosis",
        "/aiops/api/incidents/{id}/feedback",
        "/aiops/api/notifications",
        "/aiops/api/channels/{name}/test",
        "/aiops/api/deliveries/{id}/resend",
        "/aiops/api/silences",
        "/aiops/api/silences/{id}/expire",
    ];

    /// <summary>Gets the POST routes that stay open on a read-only mount, each with a body it accepts.</summary>
    public static TheoryData<string, string> OpenWhenReadOnly { get; } = new()
    {
        { "/aiops/api/ingest/alertmanager", Payloads.Sample },
        { "/aiops/api/ingest/grafana", Payloads.GrafanaFiring },
        { "/aiops/api/ingest/generic", Payloads.Generic },
        { "/aiops/api/incidents", """{"title":"Checkout answers 5xx"}""" },
        { "/aiops/api/routing/explain", """{"type":"incident.detected"}""" },
    };

    /// <summary>Returns the route patterns the host maps under <c>/aiops</c> for a method other than GET or HEAD.</summary>
    public static SortedSet<string> Mapped(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("aiops", StringComparison.Ordinal) == true)
            .Where(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')),
    ];

    /// <summary>Fills the route's parameters with an incident id and the test channel's name.</summary>
    public static string Url(string route, string incidentId) =>
        route.Replace("{id}", incidentId, StringComparison.Ordinal)
            .Replace("{name}", CoreServices.ChannelName, StringComparison.Ordinal);
}
