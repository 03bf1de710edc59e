using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The statistics behind the overview, monitoring and reports pages, all computed by the store.</summary>
/// <remarks>The REST API exposes the same records as JSON, so pages and API always agree.</remarks>
internal sealed class DashboardMetrics(INotificationStore store, TimeProvider time)
{
    public const string Incidents = "incidents";
    public const string Diagnoses = "diagnoses";
    public const string MeanTimeToResolve = "mean_time_to_resolve";
    public const string ResolutionRate = "resolution_rate";

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<OverviewReport> OverviewAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Four independent aggregates over the period: run side by side, they take about as long as the longest.
        var length = query.To - query.From;
        var interval = IntervalFor(length);
        var previousQuery = query with { From = query.From - length, To = query.From };
        var current = Offload(() => store.GetIncidentTotalsAsync(query, cancellationToken));
        var previous = Offload(() => store.GetIncidentTotalsAsync(previousQuery, cancellationToken));
        var overTime = Offload(() => store.GetIncidentCountsOverTimeAsync(query, interval, cancellationToken));
        var categories = Offload(() => store.GetIncidentCountsByCategoryAsync(query, cancellationToken));
        await Task.WhenAll(current, previous, overTime, categories).ConfigureAwait(false);

        return new OverviewReport(
            query.From,
            query.To,
            interval,
            Figures(await current.ConfigureAwait(false), await previous.ConfigureAwait(false)),
            Fill(query, interval, await overTime.ConfigureAwait(false)),
            await categories.ConfigureAwait(false));
    }

    /// <summary>
    /// Runs a store read on the thread pool: the SQLite store reads synchronously, so reads started one after
    /// another would otherwise run one after another.
    /// </summary>
    public static Task<T> Offload<T>(Func<Task<T>> read) => Task.Run(read);

    public async Task<LiveFigures> LiveAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var live = await store.GetLiveCountsAsync(cancellationToken).ConfigureAwait(false);
        var totals = await store.GetIncidentTotalsAsync(query, cancellationToken).ConfigureAwait(false);
        var agents = await store.GetAgentStatisticsAsync(query, cancellationToken).ConfigureAwait(false);

        return new LiveFigures(
            live.OpenIncidents,
            live.PendingDeliveries,
            totals.MeanTimeToAcknowledge?.TotalSeconds,
            agents.Count(a => a.Diagnoses > 0),
            Rate(totals.Resolved, totals.Detected));
    }

    public Task<IReadOnlyList<HeatMapCell>> HeatMapAsync(StatisticsQuery query, CancellationToken cancellationToken) =>
        store.GetIncidentHeatMapAsync(query, cancellationToken);

    public Task<IReadOnlyList<AgentStatistics>> AgentsAsync(StatisticsQuery query, CancellationToken cancellationToken) =>
        store.GetAgentStatisticsAsync(query, cancellationToken);

    public Task<IReadOnlyList<ChannelOutcomeCount>> ChannelOutcomesAsync(
        StatisticsQuery query, CancellationToken cancellationToken) =>
        store.GetChannelOutcomeCountsAsync(query.From, query.To, cancellationToken);

    public Task<IReadOnlyList<ChannelOutcomeCount>> ChannelOutcomesAsync(
        TimeSpan period, CancellationToken cancellationToken) =>
        store.GetChannelOutcomeCountsAsync(Now - period, Now + TimeSpan.FromTicks(1), cancellationToken);

    /// <summary>Chooses an interval that splits a period into 12 to 48 bars.</summary>
    public static TimeSpan IntervalFor(TimeSpan length) => length.TotalHours switch
    {
        <= 2 => TimeSpan.FromMinutes(5),
        <= 12 => TimeSpan.FromMinutes(30),
        <= 48 => TimeSpan.FromHours(1),
        <= 24 * 14 => TimeSpan.FromHours(6),
        _ => TimeSpan.FromDays(1),
    };

    private static List<MetricFigure> Figures(IncidentTotals current, IncidentTotals previous) =>
    [
        new(Incidents, current.Detected, previous.Detected, "count"),
        new(Diagnoses, current.Diagnosed, previous.Diagnosed, "count"),
        new(MeanTimeToResolve, current.MeanTimeToResolve?.TotalSeconds, previous.MeanTimeToResolve?.TotalSeconds,
            "seconds"),
        new(ResolutionRate, Rate(current.Resolved, current.Detected), Rate(previous.Resolved, previous.Detected),
            "ratio"),
    ];

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static List<TimeBucketCount> Fill(
        StatisticsQuery query, TimeSpan interval, IReadOnlyList<TimeBucketCount> counts)
    {
        var byStart = counts.ToDictionary(c => c.Start.UtcTicks, c => c.Count);
        var buckets = new List<TimeBucketCount>();
        for (var start = query.From; start < query.To; start += interval)
        {
            buckets.Add(new TimeBucketCount(start, byStart.GetValueOrDefault(start.UtcTicks)));
        }

        return buckets;
    }
}
