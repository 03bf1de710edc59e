using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Routing;

/// <summary>Chooses the channels and recipients of a notification.</summary>
internal sealed class NotificationRouter(ChannelRegistry channels)
{
    public IReadOnlyList<RouteTarget> Route(NotificationRequest request)
    {
        if (request.Channels is { Count: > 0 } chosen)
        {
            foreach (var name in chosen.Where(name => !channels.Contains(name)))
            {
                throw new ArgumentException(
                    $"Channel '{name}' is not registered. Registered channels: {string.Join(", ", channels.Names)}.",
                    nameof(request));
            }

            return [.. chosen.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => new RouteTarget(name, ""))];
        }

        return [.. channels.Names.Select(name => new RouteTarget(name, ""))];
    }
}
