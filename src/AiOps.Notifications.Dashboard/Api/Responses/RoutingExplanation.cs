using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Dashboard.Api.Responses;

/// <summary>The routes a notification would take, in order.</summary>
/// <param name="Routes">The routes; never empty, the root catches the rest.</param>
internal sealed record RoutingExplanation(IReadOnlyList<RouteMatch> Routes);
