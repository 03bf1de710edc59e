namespace AiOps.Notifications.Grouping;

/// <summary>One delivery in a group, with what its message lists about it.</summary>
internal sealed record GroupMember(string DeliveryId, string Title, string? Component);
