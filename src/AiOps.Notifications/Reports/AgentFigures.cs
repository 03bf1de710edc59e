namespace AiOps.Notifications.Reports;

/// <summary>How one diagnosis agent did on the incidents detected in a period.</summary>
public sealed record AgentFigures
{
    /// <summary>Gets the agent name.</summary>
    public required string AgentName { get; init; }

    /// <summary>Gets how many diagnoses it produced.</summary>
    public int Diagnoses { get; init; }

    /// <summary>Gets the mean time from detection to its diagnosis, when it produced any.</summary>
    public TimeSpan? MeanResponseTime { get; init; }

    /// <summary>Gets how many pieces of feedback its diagnoses received.</summary>
    public int Feedback { get; init; }

    /// <summary>Gets how many of them said the diagnosis helped.</summary>
    public int Helpful { get; init; }

    /// <summary>Gets the share of helpful feedback, between 0 and 1, when there was any.</summary>
    public double? SuccessRate => Feedback == 0 ? null : (double)Helpful / Feedback;
}
