namespace AiOps.Notifications.Routing;

/// <summary>Answers which routes, channels and recipients a notification takes.</summary>
/// <remarks>Thread safe; the tree is built and checked once, at start-up.</remarks>
public interface INotificationRouter
{
    /// <summary>Walks the routing tree for a notification.</summary>
    /// <param name="subject">What routing looks at.</param>
    /// <returns>The routes taken, in order; never empty, the root catches the rest.</returns>
    IReadOnlyList<RouteMatch> Explain(RoutingSubject subject);
}
