namespace AiOps.Notifications.Storage;

/// <content>Aggregates for the dashboard and reports, computed by the store without loading every row.</content>
public partial interface INotificationStore
{
    /// <summary>Counts the incidents detected in a period and their mean times to acknowledge and resolve.</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The totals.</returns>
    Task<IncidentTotals> GetIncidentTotalsAsync(StatisticsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts incidents detected per interval of a period; intervals without incidents are left out.</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="interval">The interval length, counted from the start of the period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The non-empty intervals, oldest first.</returns>
    Task<IReadOnlyList<TimeBucketCount>> GetIncidentCountsOverTimeAsync(
        StatisticsQuery query, TimeSpan interval, CancellationToken cancellationToken = default);

    /// <summary>Counts incidents detected in a period per category, largest first.</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts; incidents without a category under an empty key.</returns>
    Task<IReadOnlyList<KeyCount>> GetIncidentCountsByCategoryAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts incidents detected in a period per day of the week and hour of the day (UTC).</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The non-empty cells.</returns>
    Task<IReadOnlyList<HeatMapCell>> GetIncidentHeatMapAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Summarises each diagnosis agent: diagnoses, mean response time and feedback in a period.</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per agent, by name.</returns>
    Task<IReadOnlyList<AgentStatistics>> GetAgentStatisticsAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts delivery attempts started in a period per channel and outcome.</summary>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The non-empty counts.</returns>
    Task<IReadOnlyList<ChannelOutcomeCount>> GetChannelOutcomeCountsAsync(
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Counts open incidents and pending deliveries.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<LiveCounts> GetLiveCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists deliveries across incidents, newest first.</summary>
    /// <param name="query">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the total.</returns>
    Task<PagedResult<Delivery>> QueryDeliveriesAsync(
        DeliveryQuery query, CancellationToken cancellationToken = default);
}
