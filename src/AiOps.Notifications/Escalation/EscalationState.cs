namespace AiOps.Notifications.Escalation;

/// <summary>A running escalation: the durable timer of one incident.</summary>
public sealed record EscalationState
{
    /// <summary>Gets the incident escalated.</summary>
    public required string IncidentId { get; init; }

    /// <summary>Gets the policy name.</summary>
    public required string Policy { get; init; }

    /// <summary>Gets the index of the next step to fire.</summary>
    public int NextStep { get; init; }

    /// <summary>Gets the pass through the steps, starting at 0.</summary>
    public int Round { get; init; }

    /// <summary>Gets when the next step fires.</summary>
    public DateTimeOffset DueAt { get; init; }

    /// <summary>Gets why the next step fires early, when a delivery failure brought it forward.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// Gets the channels and recipients notified so far, as <c>channel</c> or <c>channel:recipient</c>.
    /// </summary>
    public IReadOnlyList<string> Notified { get; init; } = [];
}
