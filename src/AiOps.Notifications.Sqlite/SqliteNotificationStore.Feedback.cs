using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite;

/// <content>Feedback on diagnoses.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task AddFeedbackAsync(DiagnosisFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        return WriteAsync(
            (pooled, transaction) =>
            {
                var command = pooled.Command(FeedbackSql.Insert, transaction);
                FeedbackSql.Bind(command, feedback);
                command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DiagnosisFeedback>> GetFeedbackForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return ReadAsync<IReadOnlyList<DiagnosisFeedback>>(
            pooled => pooled.Command(FeedbackSql.ForIncident).Bind("$incident_id", incidentId).ReadAll(FeedbackSql.Read),
            cancellationToken);
    }
}
