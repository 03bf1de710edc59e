using AiOps.Notifications.Channels;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Routing;

/// <summary>
/// Walks the routing tree, in the manner of Alertmanager's: first matching child, unless it continues.
/// </summary>
internal sealed class NotificationRouter : INotificationRouter
{
    private readonly RouteNode _root;
    private readonly ChannelRegistry _channels;

    public NotificationRouter(ChannelRegistry channels, IOptions<AiOpsNotificationsOptions> options)
    {
        _channels = channels;
        _root = new RouteTreeBuilder(channels).Build(options.Value.Routing, "AiOps:Routing");
    }

    public IReadOnlyList<RouteMatch> Explain(RoutingSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);

        var matches = new List<RouteMatch>();
        Walk(_root, subject, matches);
        return matches;
    }

    /// <summary>Chooses the deliveries of a notification: the channels the request names, or the routes' targets.</summary>
    public IReadOnlyList<RouteTarget> Route(NotificationRequest request, RoutingSubject subject) =>
        [.. RouteWithMatches(request, subject).Select(routed => routed.Target)];

    /// <summary>Chooses the deliveries of a notification, each with the route that chose it (none for named channels).</summary>
    public IReadOnlyList<(RouteTarget Target, RouteMatch? Match)> RouteWithMatches(
        NotificationRequest request, RoutingSubject subject)
    {
        if (request.Channels is { Count: > 0 } chosen)
        {
            var unknown = chosen.FirstOrDefault(name => !_channels.Contains(name));
            return unknown is null
                ? [.. chosen.Distinct(StringComparer.OrdinalIgnoreCase).Select(name =>
                    (new RouteTarget(name, request.Recipients?.GetValueOrDefault(name) ?? ""), (RouteMatch?)null))]
                : throw new ArgumentException(
                    $"Channel '{unknown}' is not registered. Registered channels: {string.Join(", ", _channels.Names)}.",
                    nameof(request));
        }

        // Loops, not LINQ: this runs for every notification published.
        var resolved = subject.Type == NotificationTypes.IncidentResolved;
        var routed = new List<(RouteTarget Target, RouteMatch? Match)>();
        var matches = Explain(subject);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (resolved && !match.SendResolved)
            {
                continue;
            }

            for (var t = 0; t < match.Targets.Count; t++)
            {
                if (!IsRouted(routed, match.Targets[t]))
                {
                    routed.Add((match.Targets[t], match));
                }
            }
        }

        return routed;
    }

    private static bool IsRouted(List<(RouteTarget Target, RouteMatch? Match)> routed, RouteTarget target)
    {
        foreach (var (taken, _) in routed)
        {
            if (taken.Equals(target))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(RouteNode node, RoutingSubject subject, List<RouteMatch> matches)
    {
        var taken = false;
        for (var i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            if (!child.Matches(subject))
            {
                continue;
            }

            Walk(child, subject, matches);
            taken = true;
            if (!child.Continue)
            {
                break;
            }
        }

        if (!taken)
        {
            matches.Add(node.Match);
        }
    }
}
