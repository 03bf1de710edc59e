namespace AiOps.Notifications.Storage;

/// <summary>
/// Keeps everything in memory: the default store, for tests and for hosts that accept losing history on
/// restart.
/// </summary>
/// <remarks>Thread safe: one lock guards all state. Lists are scanned, so keep it to modest volumes.</remarks>
public sealed partial class InMemoryNotificationStore : INotificationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Incident> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Notification> _notifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Delivery> _deliveries = new(StringComparer.Ordinal);

    // Indexes, so the hot paths (fingerprint folding, due deliveries) do not scan everything.
    private readonly Dictionary<string, string> _openByFingerprint = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly List<DeliveryAttempt> _attempts = [];

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SaveIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);

        lock (_gate)
        {
            _incidents[incident.Id] = incident;
            if (incident.IsOpen)
            {
                _openByFingerprint[incident.Fingerprint] = incident.Id;
            }
            else if (_openByFingerprint.TryGetValue(incident.Fingerprint, out var openId) && openId == incident.Id)
            {
                _openByFingerprint.Remove(incident.Fingerprint);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Incident?> FindIncidentAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_incidents.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<Incident?> FindOpenIncidentAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_openByFingerprint.TryGetValue(fingerprint, out var id) ? _incidents[id] : null);
        }
    }

    /// <inheritdoc />
    public Task<PagedResult<Incident>> QueryIncidentsAsync(
        IncidentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        lock (_gate)
        {
            var matches = _incidents.Values
                .Where(incident => Matches(incident, query))
                .OrderByDescending(incident => incident.DetectedAt)
                .ThenByDescending(incident => incident.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new PagedResult<Incident>([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count));
        }
    }

    /// <inheritdoc />
    public Task AddNotificationAsync(
        Notification notification, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(deliveries);

        lock (_gate)
        {
            _notifications[notification.Id] = notification;
            for (var i = 0; i < deliveries.Count; i++)
            {
                _deliveries[deliveries[i].Id] = deliveries[i];
                TrackPending(deliveries[i]);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Notification?> FindNotificationAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_notifications.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Notification>>([.. _notifications.Values
                .Where(notification => notification.IncidentId == incidentId)
                .OrderBy(notification => notification.CreatedAt)]);
        }
    }

    /// <inheritdoc />
    public ValueTask<Delivery?> FindDeliveryAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_deliveries.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        lock (_gate)
        {
            if (!_deliveries.ContainsKey(delivery.Id))
            {
                throw new InvalidOperationException(
                    $"No delivery '{delivery.Id}' is stored. Add it with AddNotificationAsync before updating it.");
            }

            _deliveries[delivery.Id] = delivery;
            TrackPending(delivery);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetDeliveriesForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default) =>
        SelectDeliveriesAsync(delivery => delivery.IncidentId == incidentId);

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetDeliveriesForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default) =>
        SelectDeliveriesAsync(delivery => delivery.NotificationId == notificationId);

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetDueDeliveriesAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var byOrder = _pending
                .Select(id => _deliveries[id])
                .Where(delivery => delivery.Status == DeliveryStatus.Pending
                    && (delivery.NextAttemptAt ?? delivery.CreatedAt) <= dueBy)
                .OrderByDescending(delivery => delivery.Priority)
                .ThenBy(delivery => delivery.NextAttemptAt ?? delivery.CreatedAt);
            return Task.FromResult(FirstPerChannel(byOrder, limit));
        }
    }

    /// <inheritdoc />
    public Task AddAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);

        lock (_gate)
        {
            _attempts.Add(attempt);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DeliveryAttempt>>(
                [.. _attempts
                    .Where(attempt => attempt.IncidentId == incidentId)
                    .OrderBy(attempt => attempt.StartedAt)
                    .ThenBy(attempt => attempt.Number)]);
        }
    }

    private void TrackPending(Delivery delivery)
    {
        if (delivery.Status == DeliveryStatus.Pending)
        {
            _pending.Add(delivery.Id);
        }
        else
        {
            _pending.Remove(delivery.Id);
        }
    }

    private static bool Matches(Incident incident, IncidentQuery query) =>
        (query.Status is null || incident.Status == query.Status)
        && (query.MinLevel is null || incident.Level >= query.MinLevel)
        && (query.Component is null || string.Equals(incident.Component, query.Component, StringComparison.Ordinal))
        && (query.DetectedFrom is null || incident.DetectedAt >= query.DetectedFrom)
        && (string.IsNullOrWhiteSpace(query.Search) || IncidentWordSearch.Matches(incident, query.Search));

    private Task<IReadOnlyList<Delivery>> SelectDeliveriesAsync(Func<Delivery, bool> predicate)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Delivery>>(
                [.. _deliveries.Values.Where(predicate).OrderBy(delivery => delivery.CreatedAt)]);
        }
    }

    private static IReadOnlyList<Delivery> FirstPerChannel(IEnumerable<Delivery> byOrder, int limit)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<Delivery>();
        foreach (var delivery in byOrder)
        {
            var count = taken.GetValueOrDefault(delivery.Channel);
            if (count < limit)
            {
                taken[delivery.Channel] = count + 1;
                first.Add(delivery);
            }
        }

        return first;
    }
}
