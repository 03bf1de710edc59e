namespace AiOps.Notifications.Storage;

/// <content>Aggregates for the dashboard and reports.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<IncidentTotals> GetIncidentTotalsAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        var items = Covered(query);
        var acknowledged = items.Where(i => i.AcknowledgedAt is not null).ToList();
        var resolved = items.Where(i => i.ResolvedAt is not null).ToList();

        return Task.FromResult(new IncidentTotals(
            items.Count,
            items.Count(i => i.Diagnosis is not null),
            acknowledged.Count,
            resolved.Count,
            Mean(acknowledged.Select(i => i.AcknowledgedAt!.Value - i.DetectedAt)),
            Mean(resolved.Select(i => i.ResolvedAt!.Value - i.DetectedAt))));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimeBucketCount>> GetIncidentCountsOverTimeAsync(
        StatisticsQuery query, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);

        return Task.FromResult<IReadOnlyList<TimeBucketCount>>([.. Covered(query)
            .GroupBy(i => (i.DetectedAt - query.From).Ticks / interval.Ticks)
            .OrderBy(g => g.Key)
            .Select(g => new TimeBucketCount(query.From + (interval * g.Key), g.Count()))]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeyCount>> GetIncidentCountsByCategoryAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<KeyCount>>([.. Covered(query)
            .GroupBy(i => i.Category ?? "", StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)]);

    /// <inheritdoc />
    public Task<IReadOnlyList<HeatMapCell>> GetIncidentHeatMapAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HeatMapCell>>([.. Covered(query)
            .GroupBy(i => (i.DetectedAt.UtcDateTime.DayOfWeek, i.DetectedAt.UtcDateTime.Hour))
            .Select(g => new HeatMapCell(g.Key.DayOfWeek, g.Key.Hour, g.Count()))
            .OrderBy(c => c.Day).ThenBy(c => c.Hour)]);

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentStatistics>> GetAgentStatisticsAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        var diagnoses = Covered(query).Where(i => i.Diagnosis is not null)
            .GroupBy(i => i.Diagnosis!.AgentName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var feedback = FeedbackIn(query).ToLookup(f => f.AgentName, StringComparer.Ordinal);

        var agents = diagnoses.Keys.Union(feedback.Select(g => g.Key), StringComparer.Ordinal)
            .Where(agent => query.Agent is null || agent == query.Agent)
            .Order(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<AgentStatistics>>([.. agents.Select(agent =>
        {
            var diagnosed = diagnoses.GetValueOrDefault(agent) ?? [];
            return new AgentStatistics(
                agent,
                diagnosed.Count,
                Mean(diagnosed.Select(i => i.Diagnosis!.ProducedAt - i.DetectedAt)),
                feedback[agent].Count(f => f.Helpful),
                feedback[agent].Count(f => !f.Helpful));
        })]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelOutcomeCount>> GetChannelOutcomeCountsAsync(
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChannelOutcomeCount>>([.. _attempts
                .Where(a => a.StartedAt >= from && a.StartedAt < to)
                .GroupBy(a => (a.Channel, a.Outcome))
                .Select(g => new ChannelOutcomeCount(g.Key.Channel, g.Key.Outcome, g.Count()))
                .OrderBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Outcome)]);
        }
    }

    /// <inheritdoc />
    public Task<LiveCounts> GetLiveCountsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(new LiveCounts(
                _incidents.Values.Count(i => i.IsOpen),
                _deliveries.Values.Count(d => d.Status == DeliveryStatus.Pending)));
        }
    }

    /// <inheritdoc />
    public Task<PagedResult<Delivery>> QueryDeliveriesAsync(
        DeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        lock (_gate)
        {
            var matches = _deliveries.Values
                .Where(d => (query.Channel is null || d.Channel == query.Channel)
                    && (query.Status is null || d.Status == query.Status)
                    && (query.CreatedFrom is null || d.CreatedAt >= query.CreatedFrom)
                    && (query.CreatedTo is null || d.CreatedAt < query.CreatedTo))
                .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new PagedResult<Delivery>([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count));
        }
    }

    private List<Incident> Covered(StatisticsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        lock (_gate)
        {
            return [.. _incidents.Values.Where(i =>
                i.DetectedAt >= query.From && i.DetectedAt < query.To
                && (query.MinLevel is null || i.Level >= query.MinLevel)
                && (query.Component is null || string.Equals(i.Component, query.Component, StringComparison.Ordinal))
                && (query.Agent is null || string.Equals(i.Diagnosis?.AgentName, query.Agent, StringComparison.Ordinal)))];
        }
    }

    private List<DiagnosisFeedback> FeedbackIn(StatisticsQuery query)
    {
        lock (_gate)
        {
            return [.. _feedback.Where(f => f.GivenAt >= query.From && f.GivenAt < query.To)];
        }
    }

    private static TimeSpan? Mean(IEnumerable<TimeSpan> durations)
    {
        var list = durations.ToList();
        return list.Count == 0 ? null : TimeSpan.FromTicks((long)list.Average(d => d.Ticks));
    }
}
