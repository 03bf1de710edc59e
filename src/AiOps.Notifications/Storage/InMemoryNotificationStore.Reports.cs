using AiOps.Notifications.Reports;
using ReportKeyCount = AiOps.Notifications.Reports.KeyCount;

namespace AiOps.Notifications.Storage;

/// <content>Report figures and export pages, computed by scanning under the lock without copying everything.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<IncidentFigures> GetIncidentFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        lock (_gate)
        {
            var incidents = IncidentsIn(period);
            var acknowledged = incidents.Where(i => i.AcknowledgedAt is not null);
            var resolved = incidents.Where(i => i.Status == IncidentStatus.Resolved && i.ResolvedAt is not null);
            return Task.FromResult(new IncidentFigures
            {
                Total = incidents.Count(),
                ByStatus = CountBy(incidents, i => i.Status.ToString()),
                ByCategory = CountBy(incidents, i => i.Category),
                ByComponent = CountBy(incidents, i => i.Component),
                ByLevel = CountBy(incidents, i => i.Level.ToString()),
                Acknowledged = acknowledged.Count(),
                Resolved = resolved.Count(),
                MeanTimeToAcknowledge = MeanOf(acknowledged.Select(i => i.AcknowledgedAt!.Value - i.DetectedAt)),
                MeanTimeToResolve = MeanOf(resolved.Select(i => i.ResolvedAt!.Value - i.DetectedAt)),
            });
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FingerprintFigures>> GetTopFingerprintsAsync(
        ReportPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<FingerprintFigures>>([.. IncidentsIn(period)
                .GroupBy(i => i.Fingerprint, StringComparer.Ordinal)
                .Select(g => new FingerprintFigures(
                    g.Key, g.Max(i => i.Title)!, g.Count(), g.Sum(i => i.OccurrenceCount)))
                .OrderByDescending(f => f.Occurrences)
                .ThenByDescending(f => f.Incidents)
                .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
                .Take(limit)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelFigures>> GetChannelFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChannelFigures>>([.. _deliveries.Values
                .Where(d => period.Contains(d.CreatedAt))
                .GroupBy(d => d.Channel, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(ChannelFiguresOf)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentFigures>> GetAgentFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        lock (_gate)
        {
            var diagnosed = IncidentsIn(period).Where(i => i.Diagnosis is not null)
                .GroupBy(i => i.Diagnosis!.AgentName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Count(), MeanOf(g.Select(i => i.Diagnosis!.ProducedAt - i.DetectedAt))));
            var feedback = _feedback
                .Where(f => _incidents.TryGetValue(f.IncidentId, out var i) && period.Contains(i.DetectedAt))
                .GroupBy(f => f.AgentName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Count(f => f.Helpful)));
            return Task.FromResult(ReportMerge.Agents(diagnosed, feedback));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Incident>> GetIncidentPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Incident>>([.. IncidentsIn(period)
                .Where(i => after is null || IsAfter(i.DetectedAt, i.Id, after))
                .OrderBy(i => i.DetectedAt)
                .ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(take)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Notification>>([.. _notifications.Values
                .Where(n => period.Contains(n.CreatedAt) && (after is null || IsAfter(n.CreatedAt, n.Id, after)))
                .OrderBy(n => n.CreatedAt)
                .ThenBy(n => n.Id, StringComparer.Ordinal)
                .Take(take)]);
        }
    }

    private static bool IsAfter(DateTimeOffset at, string id, ExportCursor cursor) =>
        at > cursor.At || (at == cursor.At && string.CompareOrdinal(id, cursor.Id) > 0);

    private static IReadOnlyList<ReportKeyCount> CountBy(IEnumerable<Incident> incidents, Func<Incident, string?> key) =>
        [.. incidents.GroupBy(i => key(i) ?? ReportKeyCount.None, StringComparer.Ordinal)
            .Select(g => new ReportKeyCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static TimeSpan? MeanOf(IEnumerable<TimeSpan> spans)
    {
        var ticks = spans.Select(span => (double)span.Ticks).ToList();
        return ticks.Count == 0 ? null : TimeSpan.FromTicks((long)ticks.Average());
    }

    private ChannelFigures ChannelFiguresOf(IGrouping<string, Delivery> deliveries) => new()
    {
        Channel = deliveries.Key,
        Deliveries = deliveries.Count(),
        Delivered = deliveries.Count(d => d.Status is DeliveryStatus.Delivered or DeliveryStatus.Accepted),
        Failed = deliveries.Count(d => d.Status == DeliveryStatus.Failed),
        Retried = deliveries.Count(d => d.AttemptCount > 1),
        Escalated = deliveries.Count(d => _notifications.TryGetValue(d.NotificationId, out var n)
            && n.Type == NotificationTypes.IncidentEscalated),
        Silenced = deliveries.Count(d => d.Status == DeliveryStatus.Silenced),
        Pending = deliveries.Count(d => d.Status == DeliveryStatus.Pending),
    };

    private IEnumerable<Incident> IncidentsIn(ReportPeriod period) =>
        _incidents.Values.Where(incident => period.Contains(incident.DetectedAt));
}
