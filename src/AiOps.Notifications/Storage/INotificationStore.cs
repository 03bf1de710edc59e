namespace AiOps.Notifications.Storage;

/// <summary>Keeps incidents, notifications, the delivery outbox and delivery attempts.</summary>
/// <remarks>
/// Implementations are thread safe. The engine serialises changes to one incident, so a store
/// needs no optimistic concurrency. Every method is a short unit of work: a write either
/// happens whole or not at all.
/// </remarks>
public partial interface INotificationStore
{
    /// <summary>Creates the schema or migrates it; called once when the host starts.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the incident is stored.</returns>
    Task SaveIncidentAsync(Incident incident, CancellationToken cancellationToken = default);

    /// <summary>Finds an incident by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident, or <see langword="null"/>.</returns>
    ValueTask<Incident?> FindIncidentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Finds the open incident with a fingerprint.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open incident, or <see langword="null"/>.</returns>
    Task<Incident?> FindOpenIncidentAsync(string fingerprint, CancellationToken cancellationToken = default);

    /// <summary>Lists incidents, newest first.</summary>
    /// <param name="query">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the total.</returns>
    Task<PagedResult<Incident>> QueryIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stores a notification together with its deliveries (the outbox entries), in one unit of work.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="deliveries">Its deliveries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when both are stored.</returns>
    Task AddNotificationAsync(
        Notification notification, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default);

    /// <summary>Finds a notification by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notification, or <see langword="null"/>.</returns>
    ValueTask<Notification?> FindNotificationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists the notifications about an incident, oldest first.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notifications.</returns>
    Task<IReadOnlyList<Notification>> GetNotificationsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Finds a delivery by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The delivery, or <see langword="null"/>.</returns>
    ValueTask<Delivery?> FindDeliveryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a delivery's state; the delivery must have been added with its notification.</summary>
    /// <param name="delivery">The delivery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the delivery is stored.</returns>
    Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Lists the deliveries of the notifications about an incident, oldest first.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliveries.</returns>
    Task<IReadOnlyList<Delivery>> GetDeliveriesForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Lists the deliveries of one notification.</summary>
    /// <param name="notificationId">The notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliveries.</returns>
    Task<IReadOnlyList<Delivery>> GetDeliveriesForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default);

    /// <summary>Lists pending deliveries due at or before a time, highest priority first, then soonest due.</summary>
    /// <remarks>
    /// A pending delivery without <see cref="Delivery.NextAttemptAt"/> is due from its creation. The limit
    /// applies to each channel (the first by the same order), so one channel's backlog cannot hide the due
    /// deliveries of the others from the outbox poller.
    /// </remarks>
    /// <param name="dueBy">The time.</param>
    /// <param name="limit">The most to return for each channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due deliveries.</returns>
    Task<IReadOnlyList<Delivery>> GetDueDeliveriesAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records one delivery attempt.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attempt is stored.</returns>
    Task AddAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>Lists the attempts of the deliveries about an incident, oldest first.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attempts.</returns>
    Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default);
}
