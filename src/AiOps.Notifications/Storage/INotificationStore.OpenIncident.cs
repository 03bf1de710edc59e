using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage;

/// <content>A new incident with its detected notification and escalation timer, stored in one write.</content>
public partial interface INotificationStore
{
    /// <summary>
    /// Stores a new incident together with its <c>incident.detected</c> notification, that notification's
    /// deliveries and the incident's escalation timer.
    /// </summary>
    /// <param name="incident">The incident, inserted or replaced as by <see cref="SaveIncidentAsync"/>.</param>
    /// <param name="notification">The notification; it must not be stored yet.</param>
    /// <param name="deliveries">The notification's deliveries; none may be stored yet.</param>
    /// <param name="escalation">
    /// The escalation, inserted or replaced as by <see cref="SaveEscalationAsync"/>, or <see langword="null"/>
    /// when the incident does not escalate.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when everything is stored.</returns>
    /// <remarks>
    /// The engine calls this when a report opens an incident: a crash or a cancelled report then leaves the
    /// incident with its notification and timer, or nothing, never an open incident that was not announced
    /// (later reports fold into it and would never announce it). This default makes the three writes one
    /// after the other (incident, notification with deliveries, escalation), so a failure part-way keeps the
    /// earlier ones; a store that can should do all in one transaction, as the built-in ones do, and then
    /// fails the whole call, storing nothing, when any part fails (a notification or delivery id already
    /// taken, for instance).
    /// </remarks>
    async Task OpenIncidentAsync(
        Incident incident,
        Notification notification,
        IReadOnlyList<Delivery> deliveries,
        EscalationState? escalation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(deliveries);

        await SaveIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        await AddNotificationAsync(notification, deliveries, cancellationToken).ConfigureAwait(false);
        if (escalation is not null)
        {
            await SaveEscalationAsync(escalation, cancellationToken).ConfigureAwait(false);
        }
    }
}
