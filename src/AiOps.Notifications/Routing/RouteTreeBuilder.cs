using System.Globalization;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Routing;

/// <summary>
/// Builds the route tree from options, checking every matcher, channel name and recipient; errors name the
/// setting.
/// </summary>
internal sealed class RouteTreeBuilder(ChannelRegistry channels)
{
    private readonly List<string> _errors = [];

    public RouteNode Build(NotificationRouteOptions root, string path)
    {
        if (root.Matchers.Count > 0)
        {
            _errors.Add($"{path}:Matchers: the root route takes every notification and cannot have matchers; " +
                $"put them on a child route ({path}:Routes:0:Matchers).");
        }

        var everyChannel = channels.Names.Select(name => new RouteTarget(name, "")).ToList();
        var node = Build(root, path, "root", everyChannel, new Inherited(true, null, null, null));
        return _errors.Count == 0
            ? node
            : throw new InvalidOperationException("Routing is invalid: " + string.Join(" ", _errors));
    }

    private RouteNode Build(
        NotificationRouteOptions route,
        string settingPath,
        string path,
        IReadOnlyList<RouteTarget> inherited,
        Inherited parent)
    {
        var targets = ResolveTargets(route, settingPath, inherited);
        var values = new Inherited(
            route.SendResolved ?? parent.SendResolved,
            route.RepeatInterval ?? parent.RepeatInterval,
            route.EscalationPolicy ?? parent.EscalationPolicy,
            GroupingOf(route, parent.Grouping));

        var children = route.Routes
            .Select((child, index) => Build(
                child,
                $"{settingPath}:Routes:{index}",
                path + "/" + (child.Name ?? index.ToString(CultureInfo.InvariantCulture)),
                targets,
                values))
            .ToList();
        return new RouteNode(
            path,
            ParseMatchers(route, settingPath),
            targets,
            route.Continue,
            values.SendResolved,
            values.RepeatInterval,
            values.EscalationPolicy,
            values.Grouping,
            children);
    }

    private static RouteGrouping? GroupingOf(NotificationRouteOptions route, RouteGrouping? parent)
    {
        if (route.GroupBy.Count == 0)
        {
            return parent is null || (route.GroupWait is null && route.GroupLimit is null)
                ? parent
                : parent with { Wait = route.GroupWait ?? parent.Wait, Limit = route.GroupLimit ?? parent.Limit };
        }

        return new RouteGrouping(
            [.. route.GroupBy],
            route.GroupWait ?? parent?.Wait ?? RouteGrouping.DefaultWait,
            Math.Max(1, route.GroupLimit ?? parent?.Limit ?? RouteGrouping.DefaultLimit));
    }

    private List<Matcher> ParseMatchers(NotificationRouteOptions route, string settingPath)
    {
        var matchers = new List<Matcher>();
        for (var i = 0; i < route.Matchers.Count; i++)
        {
            try
            {
                matchers.Add(Matcher.Parse(route.Matchers[i]));
            }
            catch (FormatException error)
            {
                _errors.Add($"{settingPath}:Matchers:{i}: {error.Message}");
            }
        }

        return matchers;
    }

    private IReadOnlyList<RouteTarget> ResolveTargets(
        NotificationRouteOptions route, string settingPath, IReadOnlyList<RouteTarget> inherited)
    {
        var registered = string.Join(", ", channels.Names);
        for (var i = 0; i < route.Channels.Count; i++)
        {
            if (!channels.Contains(route.Channels[i]))
            {
                _errors.Add($"{settingPath}:Channels:{i} names channel '{route.Channels[i]}', which is not " +
                    $"registered (registered: {registered}).");
            }
        }

        foreach (var unknown in route.Recipients.Keys.Where(name => !channels.Contains(name)))
        {
            _errors.Add($"{settingPath}:Recipients:{unknown} is for channel '{unknown}', which is not registered " +
                $"(registered: {registered}).");
        }

        var names = route.Channels.Count > 0 ? route.Channels : inherited.Select(target => target.Channel).ToList();
        CheckRecipients(route, settingPath, names);
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new RouteTarget(name, RecipientOf(route, name, inherited)))];
    }

    /// <summary>
    /// A route sends only to its own or inherited channels, so a recipient for another registered channel is
    /// a mistake that would otherwise be ignored.
    /// </summary>
    private void CheckRecipients(NotificationRouteOptions route, string settingPath, IReadOnlyList<string> sendsTo)
    {
        foreach (var channel in route.Recipients.Keys.Where(channels.Contains))
        {
            if (!sendsTo.Contains(channel, StringComparer.OrdinalIgnoreCase))
            {
                _errors.Add($"{settingPath}:Recipients:{channel} is for a channel the route does not send to " +
                    $"(it sends to: {string.Join(", ", sendsTo)}). Add '{channel}' to {settingPath}:Channels " +
                    "or remove the recipient.");
            }
        }
    }

    private static string RecipientOf(
        NotificationRouteOptions route, string channel, IReadOnlyList<RouteTarget> inherited) =>
        route.Recipients.TryGetValue(channel, out var recipient)
            ? recipient
            : inherited.FirstOrDefault(target =>
                string.Equals(target.Channel, channel, StringComparison.OrdinalIgnoreCase))?.Recipient ?? "";

    /// <summary>The values a route passes down to its children.</summary>
    private sealed record Inherited(
        bool SendResolved, TimeSpan? RepeatInterval, string? EscalationPolicy, RouteGrouping? Grouping);
}
