using System.Globalization;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Routing;

/// <summary>
/// Builds the route tree from options, checking every matcher and channel name; errors name the
/// setting.
/// </summary>
internal sealed class RouteTreeBuilder(ChannelRegistry channels)
{
    private readonly List<string> _errors = [];

    public RouteNode Build(RouteOptions root, string path)
    {
        var everyChannel = channels.Names.Select(name => new RouteTarget(name, "")).ToList();
        var node = Build(root, path, "root", everyChannel, sendResolved: true, repeat: null, policy: null);
        return _errors.Count == 0
            ? node
            : throw new InvalidOperationException("Routing is invalid: " + string.Join(" ", _errors));
    }

    private RouteNode Build(
        RouteOptions route,
        string settingPath,
        string path,
        IReadOnlyList<RouteTarget> inherited,
        bool sendResolved,
        TimeSpan? repeat,
        string? policy)
    {
        var targets = ResolveTargets(route, settingPath, inherited);
        var resolved = route.SendResolved ?? sendResolved;
        var repeatInterval = route.RepeatInterval ?? repeat;
        var escalation = route.EscalationPolicy ?? policy;

        var children = route.Routes
            .Select((child, index) => Build(
                child,
                $"{settingPath}:Routes:{index}",
                path + "/" + (child.Name ?? index.ToString(CultureInfo.InvariantCulture)),
                targets,
                resolved,
                repeatInterval,
                escalation))
            .ToList();
        return new RouteNode(
            path, ParseMatchers(route, settingPath), targets, route.Continue, resolved, repeatInterval, escalation, children);
    }

    private List<Matcher> ParseMatchers(RouteOptions route, string settingPath)
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
        RouteOptions route, string settingPath, IReadOnlyList<RouteTarget> inherited)
    {
        foreach (var unknown in route.Channels.Concat(route.Recipients.Keys).Where(name => !channels.Contains(name)))
        {
            _errors.Add($"{settingPath} names channel '{unknown}', which is not registered " +
                $"(registered: {string.Join(", ", channels.Names)}).");
        }

        var names = route.Channels.Count > 0 ? route.Channels : inherited.Select(target => target.Channel).ToList();
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new RouteTarget(name, RecipientOf(route, name, inherited)))];
    }

    private static string RecipientOf(RouteOptions route, string channel, IReadOnlyList<RouteTarget> inherited) =>
        route.Recipients.TryGetValue(channel, out var recipient)
            ? recipient
            : inherited.FirstOrDefault(target =>
                string.Equals(target.Channel, channel, StringComparison.OrdinalIgnoreCase))?.Recipient ?? "";
}
