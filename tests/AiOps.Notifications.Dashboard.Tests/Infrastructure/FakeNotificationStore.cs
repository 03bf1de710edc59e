using System.Collections.Concurrent;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>A dictionary store for tests, standing in until the core's in-memory store is on main.</summary>
internal sealed class FakeNotificationStore : INotificationStore
{
    private readonly ConcurrentDictionary<string, Incident> _incidents = new();
    private readonly ConcurrentDictionary<string, Notification> _notifications = new();
    private readonly ConcurrentDictionary<string, Delivery> _deliveries = new();
    private readonly ConcurrentQueue<DeliveryAttempt> _attempts = new();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SaveIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        _incidents[incident.Id] = incident;
        return Task.CompletedTask;
    }

    public Task<Incident?> FindIncidentAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.GetValueOrDefault(id));

    public Task<Incident?> FindOpenIncidentAsync(string fingerprint, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.Values.FirstOrDefault(i => i.IsOpen && i.Fingerprint == fingerprint));

    public Task<PagedResult<Incident>> QueryIncidentsAsync(
        IncidentQuery query, CancellationToken cancellationToken = default)
    {
        var matches = _incidents.Values
            .Where(i => query.Status is null || i.Status == query.Status)
            .Where(i => query.MinLevel is null || i.Level >= query.MinLevel)
            .Where(i => query.Component is null || i.Component == query.Component)
            .Where(i => query.Search is null || i.Title.Contains(query.Search, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.DetectedAt)
            .ToList();
        return Task.FromResult(new PagedResult<Incident>([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count));
    }

    public Task AddNotificationAsync(
        Notification notification, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        _notifications[notification.Id] = notification;
        foreach (var delivery in deliveries)
        {
            _deliveries[delivery.Id] = delivery;
        }

        return Task.CompletedTask;
    }

    public Task<Notification?> FindNotificationAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_notifications.GetValueOrDefault(id));

    public Task<IReadOnlyList<Notification>> GetNotificationsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. _notifications.Values.Where(n => n.IncidentId == incidentId)]);

    public Task<Delivery?> FindDeliveryAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_deliveries.GetValueOrDefault(id));

    public Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        _deliveries[delivery.Id] = delivery;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Delivery>> GetDeliveriesForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Delivery>>([.. _deliveries.Values.Where(d => d.IncidentId == incidentId)]);

    public Task<IReadOnlyList<Delivery>> GetDeliveriesForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Delivery>>([.. _deliveries.Values.Where(d => d.NotificationId == notificationId)]);

    public Task<IReadOnlyList<Delivery>> GetDueDeliveriesAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Delivery>>([]);

    public Task AddAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        _attempts.Enqueue(attempt);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliveryAttempt>>([.. _attempts.Where(a => a.IncidentId == incidentId)]);
}
