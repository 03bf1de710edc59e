using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage;

/// <content>Silences and escalation timers.</content>
public sealed partial class InMemoryNotificationStore
{
    private readonly Dictionary<string, Silence> _silences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EscalationState> _escalations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task SaveSilenceAsync(Silence silence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(silence);

        lock (_gate)
        {
            _silences[silence.Id] = silence;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Silence>> GetSilencesAsync(
        DateTimeOffset? endingAfter, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Silence>>([.. _silences.Values
                .Where(silence => endingAfter is null || silence.EndsAt > endingAfter)
                .OrderByDescending(silence => silence.CreatedAt)]);
        }
    }

    /// <inheritdoc />
    public Task SaveEscalationAsync(EscalationState escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);

        lock (_gate)
        {
            _escalations[escalation.IncidentId] = escalation;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<EscalationState?> FindEscalationAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_escalations.GetValueOrDefault(incidentId));
        }
    }

    /// <inheritdoc />
    public Task DeleteEscalationAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _escalations.Remove(incidentId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<EscalationState>> GetDueEscalationsAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<EscalationState>>([.. _escalations.Values
                .Where(escalation => escalation.DueAt <= dueBy)
                .OrderBy(escalation => escalation.DueAt)
                .Take(limit)]);
        }
    }
}
