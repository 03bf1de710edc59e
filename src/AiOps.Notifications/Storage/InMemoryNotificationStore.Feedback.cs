namespace AiOps.Notifications.Storage;

/// <content>Feedback on diagnoses.</content>
public sealed partial class InMemoryNotificationStore
{
    private readonly List<DiagnosisFeedback> _feedback = [];

    /// <inheritdoc />
    public Task AddFeedbackAsync(DiagnosisFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        lock (_gate)
        {
            _feedback.Add(feedback);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DiagnosisFeedback>> GetFeedbackForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DiagnosisFeedback>>(
                [.. _feedback.Where(item => item.IncidentId == incidentId).OrderBy(item => item.GivenAt)]);
        }
    }
}
