namespace AiOps.Notifications;

/// <summary>Reports incidents and changes their state; each change raises the matching notification.</summary>
/// <remarks>Implementations are thread safe. Changes to one incident are applied one at a time.</remarks>
public interface IIncidentManager
{
    /// <summary>
    /// Reports a failure: opens an incident or folds the report into the open one with the same
    /// fingerprint.
    /// </summary>
    /// <param name="report">What the source knows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident as stored after the report.</returns>
    Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default);

    /// <summary>Acknowledges an open incident; escalation for it stops.</summary>
    /// <remarks>
    /// The first acknowledgement counts: acknowledging again keeps its time and name (the time to acknowledge
    /// stays true), and a resolved incident is returned as it is.
    /// </remarks>
    /// <param name="incidentId">The incident.</param>
    /// <param name="by">Who acknowledges it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident after the change, or <see langword="null"/> when no such incident exists.</returns>
    Task<Incident?> AcknowledgeAsync(string incidentId, string? by, CancellationToken cancellationToken = default);

    /// <summary>Resolves an incident and raises <see cref="NotificationTypes.IncidentResolved"/>.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="by">Who or what resolves it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident after the change, or <see langword="null"/> when no such incident exists.</returns>
    Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default);

    /// <summary>Resolves the open incident with the given fingerprint, if there is one.</summary>
    /// <param name="fingerprint">The fingerprint of the incident.</param>
    /// <param name="by">Who or what resolves it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident after the change, or <see langword="null"/> when no open incident has that
    /// fingerprint.</returns>
    Task<Incident?> ResolveByFingerprintAsync(string fingerprint, string? by, CancellationToken cancellationToken = default);

    /// <summary>Attaches a diagnosis and raises <see cref="NotificationTypes.IncidentDiagnosed"/>.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident after the change, or <see langword="null"/> when no such incident exists.</returns>
    Task<Incident?> AttachDiagnosisAsync(
        string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default);

    /// <summary>Records whether an incident's diagnosis helped.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="helpful">Whether the diagnosis helped.</param>
    /// <param name="comment">An optional comment.</param>
    /// <param name="by">Who gives the feedback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored feedback, or <see langword="null"/> when no such incident exists.</returns>
    /// <exception cref="InvalidOperationException">The incident has no diagnosis to rate.</exception>
    Task<DiagnosisFeedback?> GiveFeedbackAsync(
        string incidentId, bool helpful, string? comment, string? by, CancellationToken cancellationToken = default);
}
