using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>What the monitoring page shows for one filter.</summary>
/// <param name="Live">The figures of the present moment and the period.</param>
/// <param name="HeatMap">Incidents per weekday and hour (UTC), non-empty cells only.</param>
/// <param name="Agents">Each diagnosis agent's diagnoses, response time and feedback.</param>
/// <param name="AgentNames">Every agent of the period, for the agent filter.</param>
/// <param name="RecentIncidents">The newest incidents matching the filter.</param>
/// <param name="RecentDeliveries">The newest deliveries.</param>
internal sealed record MonitoringReport(
    LiveFigures Live,
    IReadOnlyList<HeatMapCell> HeatMap,
    IReadOnlyList<AgentStatistics> Agents,
    IReadOnlyList<string> AgentNames,
    IReadOnlyList<Incident> RecentIncidents,
    IReadOnlyList<Delivery> RecentDeliveries);
