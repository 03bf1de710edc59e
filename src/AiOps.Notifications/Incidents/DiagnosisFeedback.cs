namespace AiOps.Notifications;

/// <summary>An operator's verdict on a diagnosis: helpful or not, with an optional comment.</summary>
public sealed record DiagnosisFeedback
{
    /// <summary>Gets the identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the incident whose diagnosis is rated.</summary>
    public required string IncidentId { get; init; }

    /// <summary>Gets the agent that produced the rated diagnosis.</summary>
    public required string AgentName { get; init; }

    /// <summary>Gets a value indicating whether the diagnosis helped.</summary>
    public bool Helpful { get; init; }

    /// <summary>Gets the comment, if any.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets who gave the feedback.</summary>
    public string? GivenBy { get; init; }

    /// <summary>Gets when the feedback was given.</summary>
    public DateTimeOffset GivenAt { get; init; }
}
