using AiOps.Notifications.Channels;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Routing;

/// <summary>
/// Walks the routing tree, in the manner of Alertmanager's: first matching child, unless it continues.
/// </summary>
internal sealed class NotificationRouter : INotificationRouter
{
    // The walk's scratch list; routing is synchronous, so one per thread is never shared.
    [ThreadStatic]
    private static List<RouteNode>? t_taken;

    private readonly RouteNode _root;
    private readonly ChannelRegistry _channels;

    public NotificationRouter(ChannelRegistry channels, IOptions<AiOpsNotificationsOptions> options)
    {
        _channels = channels;
        _root = new RouteTreeBuilder(channels).Build(options.Value.Routing, "AiOps:Routing");
        Groups = AnyGroups(_root);
    }

    /// <summary>Gets a value indicating whether any route of the tree groups notifications.</summary>
    internal bool Groups { get; }

    public IReadOnlyList<RouteMatch> Explain(RoutingSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);

        var taken = new List<RouteNode>();
        Walk(_root, subject, taken);
        return [.. taken.Select(node => node.Match)];
    }

    /// <summary>Chooses the deliveries of a notification: the channels the request names, or the routes' targets.</summary>
    public IReadOnlyList<RouteTarget> Route(NotificationRequest request, RoutingSubject subject) =>
        [.. RouteWithMatches(request, subject).Select(routed => routed.Target)];

    /// <summary>Chooses the deliveries of a notification, each with the route that chose it (none for named channels).</summary>
    /// <remarks>
    /// This runs for every notification published, so it allocates nothing in the usual case of a single
    /// route: the walk reuses a per-thread list and the route's targets were paired once.
    /// </remarks>
    public IReadOnlyList<(RouteTarget Target, RouteMatch? Match)> RouteWithMatches(
        NotificationRequest request, RoutingSubject subject)
    {
        if (request.Channels is { Count: > 0 })
        {
            return RouteToChosen(request);
        }

        var resolved = subject.Type == NotificationTypes.IncidentResolved;
        var taken = t_taken ??= [];
        try
        {
            Walk(_root, subject, taken);
            if (taken.Count == 1)
            {
                return resolved && !taken[0].SendResolved ? [] : taken[0].Routed;
            }

            var routed = new List<(RouteTarget Target, RouteMatch? Match)>();
            foreach (var node in taken)
            {
                if (resolved && !node.SendResolved)
                {
                    continue;
                }

                foreach (var target in node.Targets)
                {
                    if (!IsRouted(routed, target))
                    {
                        routed.Add((target, node.Match));
                    }
                }
            }

            return routed;
        }
        finally
        {
            taken.Clear();
        }
    }

    private IReadOnlyList<(RouteTarget Target, RouteMatch? Match)> RouteToChosen(NotificationRequest request)
    {
        var chosen = request.Channels!;
        var unknown = chosen.FirstOrDefault(name => !_channels.Contains(name));
        return unknown is null
            ? [.. chosen.Distinct(StringComparer.OrdinalIgnoreCase).Select(name =>
                (new RouteTarget(name, request.Recipients?.GetValueOrDefault(name) ?? ""), (RouteMatch?)null))]
            : throw new ArgumentException(
                $"Channel '{unknown}' is not registered. Registered channels: {string.Join(", ", _channels.Names)}.",
                nameof(request));
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

    private static void Walk(RouteNode node, RoutingSubject subject, List<RouteNode> taken)
    {
        var childTaken = false;
        for (var i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            if (!child.Matches(subject))
            {
                continue;
            }

            Walk(child, subject, taken);
            childTaken = true;
            if (!child.Continue)
            {
                break;
            }
        }

        if (!childTaken)
        {
            taken.Add(node);
        }
    }

    private static bool AnyGroups(RouteNode node) => node.Grouping is not null || node.Children.Any(AnyGroups);
}
