namespace AiOps.Notifications.Storage;

/// <content>Feedback on diagnoses.</content>
public partial interface INotificationStore
{
    /// <summary>Records feedback on a diagnosis.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the feedback is stored.</returns>
    Task AddFeedbackAsync(DiagnosisFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Lists the feedback on an incident's diagnoses, oldest first.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The feedback.</returns>
    Task<IReadOnlyList<DiagnosisFeedback>> GetFeedbackForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default);
}
