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
    /// <summary>Gets what choosing this route means, made once.</summary>
    public RouteMatch Match { get; } = new(Path, Targets, SendResolved, RepeatInterval, EscalationPolicy, Grouping);

    /// <summary>
    /// Gets this route's distinct targets, each paired with <see cref="Match"/>: what routing returns when
    /// this is the only route taken, made once instead of for every notification.
    /// </summary>
    public IReadOnlyList<(RouteTarget Target, RouteMatch? Match)> Routed =>
        field ??= [.. Targets.Distinct().Select(target => (target, (RouteMatch?)Match))];

    public bool Matches(RoutingSubject subject) => MatchesAll(Matchers, subject);

    /// <summary>Tells whether every matcher accepts the subject; a loop, as this runs for every notification.</summary>
    public static bool MatchesAll(IReadOnlyList<Matcher> matchers, RoutingSubject subject)
    {
        for (var i = 0; i < matchers.Count; i++)
        {
            if (!matchers[i].Matches(subject.Read(matchers[i].Name)))
            {
                return false;
            }
        }

        return true;
    }
}
