using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>Reads the monitoring page's figures through <see cref="DashboardMetrics"/> and the store.</summary>
internal sealed class MonitoringQueries(DashboardMetrics metrics, INotificationStore store)
{
    public const int StreamLength = 10;

    public async Task<MonitoringReport> ReadAsync(MonitoringFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        var query = filter.ToQuery(metrics.Now);
        var live = await metrics.LiveAsync(query, cancellationToken).ConfigureAwait(false);
        var heat = await metrics.HeatMapAsync(query, cancellationToken).ConfigureAwait(false);
        var agents = await metrics.AgentsAsync(query, cancellationToken).ConfigureAwait(false);
        var allAgents = filter.Agent is null
            ? agents
            : await metrics.AgentsAsync(query with { Agent = null }, cancellationToken).ConfigureAwait(false);

        var incidents = await store.QueryIncidentsAsync(
            new IncidentQuery { MinLevel = filter.Level, Component = filter.Component, Take = StreamLength },
            cancellationToken).ConfigureAwait(false);
        var deliveries = await store.QueryDeliveriesAsync(new DeliveryQuery { Take = StreamLength }, cancellationToken)
            .ConfigureAwait(false);
        return new MonitoringReport(
            live, heat, agents, [.. allAgents.Select(a => a.AgentName)], incidents.Items, deliveries.Items);
    }
}
