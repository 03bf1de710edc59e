namespace AiOps.Notifications;

/// <summary>The record of one attempt to deliver.</summary>
public sealed record DeliveryAttempt
{
    /// <summary>Gets the identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the delivery attempted.</summary>
    public required string DeliveryId { get; init; }

    /// <summary>Gets the notification delivered.</summary>
    public required string NotificationId { get; init; }

    /// <summary>Gets the incident of the notification, if any.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Gets the channel name.</summary>
    public required string Channel { get; init; }

    /// <summary>Gets the recipient.</summary>
    public string Recipient { get; init; } = "";

    /// <summary>Gets the attempt's number within its delivery, starting at 1.</summary>
    public int Number { get; init; }

    /// <summary>Gets when the attempt started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets how long the attempt took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets how the attempt ended.</summary>
    public AttemptOutcome Outcome { get; init; }

    /// <summary>Gets the HTTP status or SMTP reply code, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the error or the service's answer, shortened and free of secrets.</summary>
    public string? Detail { get; init; }
}
