namespace AiOps.Notifications;

/// <summary>Something wrong in an operated system, tracked from detection to resolution.</summary>
/// <remarks>
/// Incidents are immutable snapshots: every change produces a new instance through <c>with</c>
/// and is written back to the store. Reports with the same <see cref="Fingerprint"/> fold into
/// the open incident and raise its <see cref="OccurrenceCount"/>.
/// </remarks>
public sealed record Incident
{
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
