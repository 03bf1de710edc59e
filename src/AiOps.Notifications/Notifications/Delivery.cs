namespace AiOps.Notifications;

/// <summary>One notification on its way to one channel and recipient: the outbox entry.</summary>
public sealed record Delivery
{
    /// <summary>Gets the identifier, also the idempotency key receivers can de-duplicate on.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the notification delivered.</summary>
    public required string NotificationId { get; init; }

    /// <summary>Gets the incident of the notification, if any.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Gets the channel name.</summary>
    public required string Channel { get; init; }

    /// <summary>
    /// Gets the recipient in the channel's terms (addresses, a Slack channel id); empty for the
    /// channel's default.
    /// </summary>
    public string Recipient { get; init; } = "";

    /// <summary>Gets the priority, copied from the notification.</summary>
    public NotificationPriority Priority { get; init; }

    /// <summary>Gets the status.</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>Gets how many attempts were made.</summary>
    public int AttemptCount { get; init; }

    /// <summary>Gets when the next attempt is due, while <see cref="Status"/> is pending.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Gets when the delivery was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the delivery reached its final status.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets the last error, when an attempt failed.</summary>
    public string? LastError { get; init; }
}
