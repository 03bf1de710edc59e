using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>What the reports page shows: the period and its figures.</summary>
/// <param name="Period">The period picked.</param>
/// <param name="Report">Headline figures, incidents over time and by category.</param>
/// <param name="Agents">Diagnosis agents in the period.</param>
/// <param name="Channels">Delivery attempts in the period per channel and outcome.</param>
internal sealed record ReportsModel(
    ReportPeriod Period,
    OverviewReport Report,
    IReadOnlyList<AgentStatistics> Agents,
    IReadOnlyList<ChannelOutcomeCount> Channels);
