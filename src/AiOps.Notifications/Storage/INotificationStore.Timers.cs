using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage;

/// <content>Silences and escalation timers.</content>
public partial interface INotificationStore
{
    /// <summary>Inserts or replaces a silence.</summary>
    /// <param name="silence">The silence.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the silence is stored.</returns>
    Task SaveSilenceAsync(Silence silence, CancellationToken cancellationToken = default);

    /// <summary>Lists silences that end after a time, newest first; all of them when the time is not set.</summary>
    /// <param name="endingAfter">The time, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The silences.</returns>
    Task<IReadOnlyList<Silence>> GetSilencesAsync(
        DateTimeOffset? endingAfter, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the escalation of an incident (one per incident).</summary>
    /// <param name="escalation">The escalation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the escalation is stored.</returns>
    Task SaveEscalationAsync(EscalationState escalation, CancellationToken cancellationToken = default);

    /// <summary>Finds the escalation of an incident.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The escalation, or <see langword="null"/>.</returns>
    Task<EscalationState?> FindEscalationAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the escalation of an incident, if there is one.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is gone.</returns>
    Task DeleteEscalationAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Lists escalations due at or before a time, soonest first.</summary>
    /// <param name="dueBy">The time.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due escalations.</returns>
    Task<IReadOnlyList<EscalationState>> GetDueEscalationsAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default);
}
