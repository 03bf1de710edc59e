namespace AiOps.Notifications;

/// <summary>A message to be delivered to people, usually about an incident.</summary>
public sealed record Notification
{
    /// <summary>Gets the identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the type, such as <see cref="NotificationTypes.IncidentDetected"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the priority.</summary>
    public NotificationPriority Priority { get; init; }

    /// <summary>Gets the incident the notification is about, if any.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Gets a one-line summary.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the labels used for routing, copied from the incident when there is one.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyLabels.Instance;

    /// <summary>Gets extra values that templates can show, under <c>notification.data</c>.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = EmptyLabels.Instance;

    /// <summary>Gets when the notification was published.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
