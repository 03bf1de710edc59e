namespace AiOps.Notifications;

/// <summary>An explanation of an incident produced by a diagnosis agent.</summary>
public sealed record Diagnosis
{
    /// <summary>Gets the probable cause, in one or a few sentences.</summary>
    public required string ProbableCause { get; init; }

    /// <summary>Gets the steps that should fix the incident, in order.</summary>
    public IReadOnlyList<string> SolutionSteps { get; init; } = [];

    /// <summary>Gets the agent's confidence between 0 and 1.</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the name of the agent that produced the diagnosis.</summary>
    public required string AgentName { get; init; }

    /// <summary>Gets when the diagnosis was produced.</summary>
    public DateTimeOffset ProducedAt { get; init; }
}
