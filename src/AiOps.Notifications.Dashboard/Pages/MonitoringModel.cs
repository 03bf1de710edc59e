using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>What the monitoring page shows: its filters and the figures read for them.</summary>
/// <param name="Filter">The filters from the query string.</param>
/// <param name="Report">The figures.</param>
internal sealed record MonitoringModel(MonitoringFilter Filter, MonitoringReport Report);
