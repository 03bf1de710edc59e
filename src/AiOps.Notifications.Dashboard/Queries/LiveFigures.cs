namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The figures of the present moment shown on the monitoring page.</summary>
/// <param name="OpenIncidents">Incidents not yet resolved.</param>
/// <param name="QueueLength">Deliveries waiting in the outbox.</param>
/// <param name="MeanResponseTime">Mean time to acknowledge over the period, in seconds; null when none.</param>
/// <param name="ActiveAgents">Diagnosis agents that diagnosed an incident in the period.</param>
/// <param name="ResolutionRate">Resolved share of the incidents detected in the period; null when none.</param>
internal sealed record LiveFigures(
    int OpenIncidents, int QueueLength, double? MeanResponseTime, int ActiveAgents, double? ResolutionRate);
