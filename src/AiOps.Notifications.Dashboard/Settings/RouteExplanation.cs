using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>The answer to "which routes would this take?" for the subject typed into the form.</summary>
/// <param name="Subject">The subject asked about.</param>
/// <param name="Matches">The routes it matches, in order.</param>
internal sealed record RouteExplanation(RoutingSubject Subject, IReadOnlyList<RouteMatch> Matches);
