using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The reads behind the dashboard pages and the REST API; both go through here.</summary>
internal sealed class DashboardQueries(INotificationStore store)
{
    public async Task<IncidentList> ListIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = await store.QueryIncidentsAsync(query, cancellationToken).ConfigureAwait(false);
        var items = new List<IncidentDetails>(page.Items.Count);
        foreach (var incident in page.Items)
        {
            items.Add(await LoadDetailsAsync(incident, cancellationToken).ConfigureAwait(false));
        }

        return new IncidentList(items, page.Total, query.Skip, query.Take);
    }

    /// <summary>Lists incidents without their notifications: one store read, for the pages' tables.</summary>
    public async Task<IncidentList> ListSummariesAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = await store.QueryIncidentsAsync(query, cancellationToken).ConfigureAwait(false);
        return new IncidentList([.. page.Items.Select(i => new IncidentDetails(i, []))], page.Total, query.Skip, query.Take);
    }

    public Task<IReadOnlyList<DiagnosisFeedback>> GetFeedbackAsync(string id, CancellationToken cancellationToken) =>
        store.GetFeedbackForIncidentAsync(id, cancellationToken);

    public async Task<IncidentDetails?> GetIncidentAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var incident = await store.FindIncidentAsync(id, cancellationToken).ConfigureAwait(false);
        return incident is null ? null : await LoadDetailsAsync(incident, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IncidentDetails> LoadDetailsAsync(Incident incident, CancellationToken cancellationToken)
    {
        var notifications = await store.GetNotificationsForIncidentAsync(incident.Id, cancellationToken)
            .ConfigureAwait(false);
        var deliveries = await store.GetDeliveriesForIncidentAsync(incident.Id, cancellationToken)
            .ConfigureAwait(false);
        var attempts = await store.GetAttemptsForIncidentAsync(incident.Id, cancellationToken)
            .ConfigureAwait(false);

        return Assemble(incident, notifications, deliveries, attempts);
    }

    private static IncidentDetails Assemble(
        Incident incident,
        IReadOnlyList<Notification> notifications,
        IReadOnlyList<Delivery> deliveries,
        IReadOnlyList<DeliveryAttempt> attempts)
    {
        var attemptsByDelivery = attempts
            .OrderBy(a => a.StartedAt).ThenBy(a => a.Number)
            .ToLookup(a => a.DeliveryId, StringComparer.Ordinal);
        var deliveriesByNotification = deliveries
            .OrderBy(d => d.CreatedAt)
            .Select(d => new DeliveryDetails(d, [.. attemptsByDelivery[d.Id]]))
            .ToLookup(d => d.Delivery.NotificationId, StringComparer.Ordinal);

        var details = notifications
            .OrderBy(n => n.CreatedAt)
            .Select(n => new NotificationDetails(n, [.. deliveriesByNotification[n.Id]]))
            .ToList();
        return new IncidentDetails(incident, details);
    }
}
