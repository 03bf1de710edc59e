using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Grouping;

/// <summary>Collects detected incidents that share a route, a channel and the group's label values, so they go out as one message.</summary>
/// <remarks>
/// Thread safe. Members wait in the outbox until the group's wait ends; the first member processed then
/// sends for all, and the others are recorded as sent with it. Groups live in memory: after a restart the
/// waiting deliveries go out one by one, so nothing is lost, only the grouping.
/// </remarks>
internal sealed class GroupBuffer(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OpenGroup> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenGroup> _byMember = new(StringComparer.Ordinal);

    /// <summary>Adds a delivery to its group, opening one when needed; returns when the group's message is due.</summary>
    public DateTimeOffset Join(Delivery delivery, Incident incident, RouteMatch match, RouteGrouping grouping)
    {
        var key = string.Join(
            "\u001f",
            [match.Route, delivery.Channel, delivery.Recipient, .. grouping.By.Select(label => incident.Labels.GetValueOrDefault(label) ?? "")]);
        lock (_gate)
        {
            if (!_open.TryGetValue(key, out var group) || group.Taken)
            {
                group = new OpenGroup(key, timeProvider.GetUtcNow() + grouping.Wait, grouping);
                _open[key] = group;
            }

            group.Members.Add(new GroupMember(delivery.Id, incident.Title, incident.Component));
            _byMember[delivery.Id] = group;
            return group.DueAt;
        }
    }

    /// <summary>Takes the group of a delivery being processed: the first member takes all, later ones learn who sent for them.</summary>
    public GroupTake Take(string deliveryId)
    {
        lock (_gate)
        {
            if (!_byMember.Remove(deliveryId, out var group))
            {
                return GroupTake.None;
            }

            if (group.Taken)
            {
                return new GroupTake(group.SentBy, []);
            }

            group.Taken = true;
            group.SentBy = deliveryId;
            _open.Remove(group.Key);
            return new GroupTake(null, [.. group.Members], group.Grouping.Limit);
        }
    }

    private sealed class OpenGroup(string key, DateTimeOffset dueAt, RouteGrouping grouping)
    {
        public string Key { get; } = key;

        public DateTimeOffset DueAt { get; } = dueAt;

        public RouteGrouping Grouping { get; } = grouping;

        public List<GroupMember> Members { get; } = [];

        public bool Taken { get; set; }

        public string? SentBy { get; set; }
    }
}
