namespace AiOps.Notifications.Routing;

/// <summary>A route a notification took, with what that route decides.</summary>
/// <param name="Route">The route's path, such as <c>root/payments/critical</c>.</param>
/// <param name="Targets">The channels and recipients.</param>
/// <param name="SendResolved">Whether resolved notifications go out on the route.</param>
/// <param name="RepeatInterval">How long an open incident waits before it is notified again.</param>
/// <param name="EscalationPolicy">The escalation policy, if any.</param>
/// <param name="Grouping">How detected incidents are grouped on the route, if they are.</param>
public sealed record RouteMatch(
    string Route,
    IReadOnlyList<RouteTarget> Targets,
    bool SendResolved,
    TimeSpan? RepeatInterval,
    string? EscalationPolicy,
    RouteGrouping? Grouping = null);
