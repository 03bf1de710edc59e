namespace AiOps.Notifications;

/// <summary>What a publisher asks to send.</summary>
public sealed record NotificationRequest
{
    /// <summary>Gets the type. Required.</summary>
    public required string Type { get; init; }

    /// <summary>Gets a one-line summary. Required.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the priority.</summary>
    /// <value>Defaults to <see cref="NotificationPriority.Medium"/>.</value>
    public NotificationPriority Priority { get; init; } = NotificationPriority.Medium;

    /// <summary>Gets the incident the notification is about, if any.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Gets the routing labels; the incident's labels are used when not set.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Gets extra values for templates.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>Gets channel names to use instead of routing; routing decides when not set.</summary>
    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>Gets recipients per channel name, used with <see cref="Channels"/>.</summary>
    public IReadOnlyDictionary<string, string>? Recipients { get; init; }

    /// <summary>
    /// Gets what this call does when the delivery queue is full; <c>AiOps:Queue:FullMode</c> decides when
    /// not set.
    /// </summary>
    /// <remarks>
    /// <see cref="QueueFullMode.FailFast"/> refuses before anything is stored, so a caught
    /// <see cref="QueueFullException"/> means the notification does not exist and may be published again.
    /// </remarks>
    public QueueFullMode? WhenQueueFull { get; init; }
}
