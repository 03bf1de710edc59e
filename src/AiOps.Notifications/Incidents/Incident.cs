namespace AiOps.Notifications;

/// <summary>Something wrong in an operated system, tracked from detection to resolution.</summary>
/// <remarks>
/// Incidents are immutable snapshots: every change produces a new instance through <c>with</c>
/// and is written back to the store. Reports with the same <see cref="Fingerprint"/> fold into
/// the open incident and raise its <see cref="OccurrenceCount"/>.
/// </remarks>
public sealed record Incident
{
    private readonly NotificationPriority? _priority;

    /// <summary>Gets the identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the identity of the failure: reports with the same fingerprint are one incident.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Gets a one-line summary.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the full message, such as a description or an exception with its stack trace.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the part of the system that fails, such as a service or a logger category.</summary>
    public string? Component { get; init; }

    /// <summary>Gets the kind of failure, such as <c>database</c> or <c>network</c>.</summary>
    public string? Category { get; init; }

    /// <summary>Gets where the report came from, such as <c>alertmanager</c>, <c>api</c> or <c>code</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the severity.</summary>
    public IncidentLevel Level { get; init; }

    /// <summary>Gets the priority of every notification about the incident, fixed when it is opened.</summary>
    /// <value>
    /// The priority its first report named, else the one that follows <see cref="Level"/> (Critical, High, Medium
    /// or Low). An incident built without it, as by a store that does not keep it, also follows the level.
    /// </value>
    /// <remarks>
    /// Detected, reminder, diagnosed, escalated and resolved notifications all carry it, so routes that match on
    /// <c>priority</c> send the whole life of an incident to the same channels; inhibition rules and escalation
    /// policies read it too.
    /// </remarks>
    public NotificationPriority Priority
    {
        get => _priority ?? IncidentPriority.Of(Level);
        init => _priority = value;
    }

    /// <summary>Gets the status.</summary>
    public IncidentStatus Status { get; init; }

    /// <summary>Gets the labels that identify and route the incident.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyLabels.Instance;

    /// <summary>Gets descriptive annotations, such as a runbook link, that do not identify the incident.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = EmptyLabels.Instance;

    /// <summary>Gets the diagnosis, when one is attached.</summary>
    public Diagnosis? Diagnosis { get; init; }

    /// <summary>Gets when the incident was first detected.</summary>
    public DateTimeOffset DetectedAt { get; init; }

    /// <summary>Gets when the incident was last reported.</summary>
    public DateTimeOffset LastSeenAt { get; init; }

    /// <summary>Gets how many reports were folded into this incident.</summary>
    public int OccurrenceCount { get; init; } = 1;

    /// <summary>Gets when the incident was acknowledged.</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>Gets who acknowledged the incident.</summary>
    public string? AcknowledgedBy { get; init; }

    /// <summary>Gets when the incident was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Gets who or what resolved the incident.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>Gets a value indicating whether the incident is still open.</summary>
    public bool IsOpen => Status != IncidentStatus.Resolved;
}
