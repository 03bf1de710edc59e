using AiOps.Notifications.Channels;
using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Grouping;

/// <summary>
/// Collects detected incidents that share a route, a channel and the group's label values, so they go out as
/// one message.
/// </summary>
/// <remarks>
/// Thread safe. Members wait in the outbox until the group's wait ends; the first member processed then
/// leads: it sends for all, on every retry too. The others wait while the group message is on its way, are
/// recorded as sent with it once it was delivered, and go out on their own if it failed for good. Groups live
/// in memory; at start-up <see cref="GroupRestorer"/> puts the stored members that wait back with
/// <see cref="Rejoin"/>.
/// </remarks>
internal sealed class GroupBuffer(ChannelRegistry channels, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OpenGroup> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenGroup> _byMember = new(StringComparer.Ordinal);

    /// <summary>Adds a delivery to its group, opening one when needed; returns when the group message is due.</summary>
    public DateTimeOffset Join(Delivery delivery, Incident incident, RouteMatch match, RouteGrouping grouping) =>
        Add(delivery, incident, match, grouping, timeProvider.GetUtcNow() + grouping.Wait);

    /// <summary>
    /// Puts a stored delivery that waits for its group message back into its group, as at start-up; a group
    /// it opens is due when the delivery is.
    /// </summary>
    /// <remarks>
    /// Called in the order the deliveries were created, so the group lists them as before. A delivery that
    /// is in a group already stays as it is.
    /// </remarks>
    public void Rejoin(Delivery delivery, Incident incident, RouteMatch match, RouteGrouping grouping) =>
        Add(delivery, incident, match, grouping, delivery.NextAttemptAt ?? delivery.CreatedAt);

    /// <summary>Takes back deliveries that joined their groups but were never stored (refused or failed write).</summary>
    public void Leave(IEnumerable<Delivery> deliveries)
    {
        lock (_gate)
        {
            foreach (var delivery in deliveries)
            {
                if (_byMember.Remove(delivery.Id, out var group))
                {
                    group.Members.RemoveAll(member => member.DeliveryId == delivery.Id);
                }
            }
        }
    }

    /// <summary>
    /// Takes the group of a delivery being processed: the first member leads and sends for all, again on each
    /// retry; the others learn whether the group message went out, is still on its way, or failed.
    /// </summary>
    public GroupTake Take(string deliveryId)
    {
        lock (_gate)
        {
            if (!_byMember.TryGetValue(deliveryId, out var group))
            {
                return GroupTake.None;
            }

            if (group.Leader is null)
            {
                group.Leader = deliveryId;
                _open.Remove(group.Key);
            }

            return group.Leader == deliveryId
                ? new GroupTake(null, [.. group.Members], group.Limit)
                : TakeMember(deliveryId, group);
        }
    }

    /// <summary>
    /// Records how a delivery ended or was rescheduled; when it leads a group, its members now count as sent
    /// with it (delivered), go out on their own (failed or cancelled) or wait for its retry.
    /// </summary>
    public void Settle(Delivery delivery)
    {
        lock (_gate)
        {
            if (!_byMember.TryGetValue(delivery.Id, out var group) || group.Leader != delivery.Id)
            {
                return;
            }

            if (delivery.Status == DeliveryStatus.Pending)
            {
                group.RetryAt = delivery.NextAttemptAt;
                return;
            }

            group.Sent = delivery.Status is DeliveryStatus.Delivered or DeliveryStatus.Accepted;
            group.Settled = true;
            _byMember.Remove(delivery.Id);
        }
    }

    private DateTimeOffset Add(
        Delivery delivery, Incident incident, RouteMatch match, RouteGrouping grouping, DateTimeOffset dueAt)
    {
        var labelValues = grouping.By.Select(label => incident.Labels.GetValueOrDefault(label) ?? "");
        var key = string.Join("\u001f", [match.Route, delivery.Channel, delivery.Recipient, .. labelValues]);
        lock (_gate)
        {
            if (_byMember.TryGetValue(delivery.Id, out var joined))
            {
                return joined.DueAt;
            }

            if (!_open.TryGetValue(key, out var group) || group.Leader is not null)
            {
                group = new OpenGroup(key, dueAt, ListLimit(delivery.Channel, grouping));
                _open[key] = group;
            }

            group.Members.Add(new GroupMember(delivery.Id, incident.Title, incident.Component));
            _byMember[delivery.Id] = group;
            return group.DueAt;
        }
    }

    /// <summary>The route's list limit, capped by the channel's own when it has one.</summary>
    private int ListLimit(string channel, RouteGrouping grouping) =>
        channels.Find(channel)?.GroupLimit is { } cap ? Math.Min(cap, grouping.Limit) : grouping.Limit;

    private GroupTake TakeMember(string deliveryId, OpenGroup group)
    {
        if (!group.Settled)
        {
            return new GroupTake(null, [], WaitsFor: group.Leader, ResumeAt: group.RetryAt);
        }

        _byMember.Remove(deliveryId);
        return group.Sent ? new GroupTake(group.Leader, []) : GroupTake.None;
    }

    private sealed class OpenGroup(string key, DateTimeOffset dueAt, int limit)
    {
        public string Key { get; } = key;

        public DateTimeOffset DueAt { get; } = dueAt;

        public int Limit { get; } = limit;

        public List<GroupMember> Members { get; } = [];

        public string? Leader { get; set; }

        public DateTimeOffset? RetryAt { get; set; }

        public bool Settled { get; set; }

        public bool Sent { get; set; }
    }
}
