namespace AiOps.Notifications.Storage;

/// <summary>What one diagnosis agent did in a period and what operators thought of it.</summary>
/// <param name="AgentName">The agent.</param>
/// <param name="Diagnoses">How many incidents detected in the period it diagnosed.</param>
/// <param name="MeanResponseTime">The mean time from detection to its diagnosis, if it produced any.</param>
/// <param name="Helpful">Feedback marked helpful, given in the period.</param>
/// <param name="NotHelpful">Feedback marked not helpful, given in the period.</param>
public sealed record AgentStatistics(
    string AgentName, int Diagnoses, TimeSpan? MeanResponseTime, int Helpful, int NotHelpful);
