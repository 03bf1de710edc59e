namespace AiOps.Notifications;

/// <summary>What a source knows about a failure when it reports it.</summary>
public sealed record IncidentReport
{
    /// <summary>Gets a one-line summary. Required.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the full message.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the failing component.</summary>
    public string? Component { get; init; }

    /// <summary>Gets the kind of failure.</summary>
    public string? Category { get; init; }

    /// <summary>Gets where the report comes from.</summary>
    /// <value>Defaults to <c>code</c>.</value>
    public string Source { get; init; } = "code";

    /// <summary>Gets the severity.</summary>
    /// <value>Defaults to <see cref="IncidentLevel.Error"/>.</value>
    public IncidentLevel Level { get; init; } = IncidentLevel.Error;

    /// <summary>
    /// Gets the priority of the incident's notifications; when not set it follows <see cref="Level"/>.
    /// </summary>
    /// <remarks>
    /// A new incident keeps it as <see cref="Incident.Priority"/> for all its notifications; a report folded into
    /// an open incident does not change it.
    /// </remarks>
    public NotificationPriority? Priority { get; init; }

    /// <summary>Gets the fingerprint; when not set it is computed from component, title and labels.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Gets the identifying labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Gets descriptive annotations.</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>Gets when the failure started, when the source knows it.</summary>
    /// <remarks>
    /// It becomes the incident's detection time. A time after the report is received is replaced by the time of
    /// receipt, so a source with a wrong clock cannot date an incident in the future.
    /// </remarks>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>
    /// Gets what this report does when the delivery queue is full; <c>AiOps:Queue:FullMode</c> decides when
    /// not set.
    /// </summary>
    /// <remarks>
    /// <see cref="QueueFullMode.FailFast"/> refuses before anything is stored: a caught
    /// <see cref="QueueFullException"/> means no incident was opened or updated, so the report can simply be
    /// sent again.
    /// </remarks>
    public QueueFullMode? WhenQueueFull { get; init; }
}
