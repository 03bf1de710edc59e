namespace AiOps.Notifications.Routing;

/// <summary>A route with its matchers parsed and its inherited values resolved.</summary>
internal sealed record RouteNode(
    string Path,
    IReadOnlyList<Matcher> Matchers,
    IReadOnlyList<RouteTarget> Targets,
    bool Continue,
    bool SendResolved,
    TimeSpan? RepeatInterval,
    string? EscalationPolicy,
    RouteGrouping? Grouping,
    IReadOnlyList<RouteNode> Children)
{
    public bool Matches(RoutingSubject subject) => Matchers.All(matcher => matcher.Matches(subject.Read(matcher.Name)));

    public RouteMatch ToMatch() => new(Path, Targets, SendResolved, RepeatInterval, EscalationPolicy, Grouping);
}
